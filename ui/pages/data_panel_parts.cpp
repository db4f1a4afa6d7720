#include "pages/data_panel_parts.h"

#include "charts/zoom.h"
#include "pages/record_table_model.h"
#include "pages/table_view.h"
#include "widgets/tone.h"

#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace pvi::datapanel {

QLabel* formMessage(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showFormMessage(QLabel* label, const QString& text, bool error) {
    label->setText(text);
    setTone(label, error ? Tone::Error : Tone::Success);
    label->setVisible(!text.isEmpty());
}

QTableView* recordTable(RecordTableModel* model, const QString& objectName,
                        const QString& accessibleName, QWidget* parent) {
    QTableView* table =
        makeSortableTable(model, RecordTableModel::RawValueRole, objectName, parent);
    zoom::minimumHeight(table, 220);
    table->setAccessibleName(accessibleName);
    return table;
}

void labelGridFields(QGridLayout* grid) {
    for (int row = 0; row < grid->rowCount(); ++row) {
        for (int column = 0; column + 1 < grid->columnCount(); ++column) {
            QLayoutItem* labelItem = grid->itemAtPosition(row, column);
            QLayoutItem* fieldItem = grid->itemAtPosition(row, column + 1);
            auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
            QWidget* field = fieldItem ? fieldItem->widget() : nullptr;
            if (label && !label->buddy() && field && !qobject_cast<QLabel*>(field) &&
                field != label)
                label->setBuddy(field);
        }
    }
}

QVariant selectedKey(const QTableView* table) {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(RecordTableModel::KeyRole);
}

void wireRemoveButton(QPushButton* remove, QTableView* table,
                      const std::function<void(const QVariant& key)>& onRemove) {
    QObject::connect(remove, &QPushButton::clicked, remove, [table, onRemove] {
        const QVariant key = selectedKey(table);
        if (key.isValid())
            onRemove(key);
    });
    QObject::connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, remove,
                     [remove, table] { remove->setEnabled(selectedKey(table).isValid()); });
    remove->setEnabled(false);
}

QPushButton* button(const QString& text, const QString& objectName, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace pvi::datapanel
