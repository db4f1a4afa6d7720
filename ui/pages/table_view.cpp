#include "pages/table_view.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace pvi {

QTableView* makeSortableTable(QAbstractItemModel* model, int sortRole, const QString& objectName,
                              QWidget* parent) {
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    // Tab moves on to the next control (the arrow keys move within the table), so that a
    // keyboard user is not held in the first table of a page.
    view->setTabKeyNavigation(false);
    return view;
}

} // namespace pvi
