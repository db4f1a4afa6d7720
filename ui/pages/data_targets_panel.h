#pragma once

#include "pages/data_page_data.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pvi {

class RecordTableModel;

/// The Data page's PVI targets: each stored target with the PVI's current value and its status,
/// a form to add or change one (PVI from the registry, target value, optional alert bounds; the
/// PVI's direction is shown) and a button to remove the selected target. Selecting a row loads
/// it into the form for editing.
class DataTargetsPanel : public QWidget {
    Q_OBJECT
public:
    /// The table's columns.
    enum Column { Pvi, Direction, Target, AlertLow, AlertHigh, Current, Status };

    explicit DataTargetsPanel(QWidget* parent = nullptr);

    /// Shows these targets.
    void setTargets(const std::vector<DataTargetRow>& targets);
    /// Shows what the last change did (or why it was refused).
    void showMessage(const QString& text, bool error);

    RecordTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* pviCombo() const { return m_pvi; }
    QLineEdit* targetEdit() const { return m_target; }
    QLineEdit* alertLowEdit() const { return m_alertLow; }
    QLineEdit* alertHighEdit() const { return m_alertHigh; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    /// The user asked to store (add or replace) a target.
    void saveRequested(const pvi::StoredTarget& target);
    /// The user asked to delete the target of a PVI.
    void removeRequested(const QString& pviId);

private:
    void submit();
    void loadSelected();
    void updateDirection();

    std::vector<DataTargetRow> m_targets;
    RecordTableModel* m_model;
    QTableView* m_table;
    QComboBox* m_pvi;
    QLabel* m_direction;
    QLineEdit* m_target;
    QLineEdit* m_alertLow;
    QLineEdit* m_alertHigh;
    QPushButton* m_save;
    QPushButton* m_remove;
    QLabel* m_message;
};

} // namespace pvi
