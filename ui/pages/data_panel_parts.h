#pragma once

#include <QString>
#include <QVariant>

#include <functional>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;
class QWidget;

namespace pvi {

class RecordTableModel;

// Small building blocks shared by the Data page's tabs.
namespace datapanel {

/// The line under a form that says what a change did or why it was refused (hidden when empty).
QLabel* formMessage(const QString& objectName, QWidget* parent);
/// Shows `text` in a form message: red for an error, green otherwise; hides it when empty.
void showFormMessage(QLabel* label, const QString& text, bool error);
/// A sortable, row-selecting table over `model`; `accessibleName` names it for screen readers.
QTableView* recordTable(RecordTableModel* model, const QString& objectName,
                        const QString& accessibleName, QWidget* parent);
/// Makes each label of a grid form the buddy of the field right of it, so that the field is
/// named by its label for screen readers (and its mnemonic, if any, focuses the field).
void labelGridFields(QGridLayout* grid);
/// The key (RecordTableModel::KeyRole) of the selected row; invalid when nothing is selected.
QVariant selectedKey(const QTableView* table);
/// Enables `remove` only while a row of `table` is selected, and on a click hands the selected
/// row's key to `onRemove`.
void wireRemoveButton(QPushButton* remove, QTableView* table,
                      const std::function<void(const QVariant& key)>& onRemove);
/// A push button with an object name.
QPushButton* button(const QString& text, const QString& objectName, QWidget* parent);

} // namespace datapanel

} // namespace pvi
