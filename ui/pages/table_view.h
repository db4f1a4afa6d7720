#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace pvi {

/// A read-only, row-selecting table over `model` sorted through a proxy on `sortRole` (the
/// model's raw-value role), styled like the other tables of the app.
QTableView* makeSortableTable(QAbstractItemModel* model, int sortRole, const QString& objectName,
                              QWidget* parent);

} // namespace pvi
