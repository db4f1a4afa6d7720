#pragma once

#include "analytics/costs/cost_store.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pvi {

class RecordTableModel;

/// The Data page's costs: every cost row (imported or entered by hand), a form to add one by
/// hand (period, channel, category, amount, note) and a button to remove the selected row.
class DataCostsPanel : public QWidget {
    Q_OBJECT
public:
    /// The table's columns.
    enum Column { Start, End, Channel, Category, Amount, Origin, Note };

    explicit DataCostsPanel(QWidget* parent = nullptr);

    /// Shows these cost rows.
    void setCosts(const std::vector<CostRow>& costs);
    /// Shows what the last change did (or why it was refused); a success clears the amount.
    void showMessage(const QString& text, bool error);

    RecordTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }
    QLineEdit* channelEdit() const { return m_channel; }
    QComboBox* categoryCombo() const { return m_category; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    /// The user asked to store a cost row.
    void addRequested(const pvi::CostRow& row);
    /// The user asked to delete a cost row.
    void removeRequested(qint64 costId);

private:
    void submit();

    RecordTableModel* m_model;
    QTableView* m_table;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QLineEdit* m_channel;
    QComboBox* m_category;
    QLineEdit* m_amount;
    QLineEdit* m_note;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_message;
    QLabel* m_total;
};

} // namespace pvi
