#pragma once

#include "analytics/experiments/experiment_entry.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pvi {

/// The form for typing an A/B test in: its name, one row per arm (name, visitors, conversions,
/// optional revenue sum and sum of squares, the control arm ticked), the planned share of the
/// control arm and optional start/end dates. Save checks the entry (checkExperimentEntry) and
/// shows every problem in the form; it accepts the dialog only when the entry is valid.
class ExperimentFormDialog : public QDialog {
    Q_OBJECT
public:
    /// Columns of the arm table.
    enum ArmColumn {
        ArmName,
        Visitors,
        Conversions,
        RevenueSum,
        RevenueSumSquares,
        Control,
        ArmColumnCount
    };

    /// A form with two arms, "control" (ticked) and "treatment"; `existingNames` are the
    /// experiments already stored (a new one may not reuse a name).
    explicit ExperimentFormDialog(const QStringList& existingNames, QWidget* parent = nullptr);

    /// The checked experiment once Save succeeded.
    const Experiment& experiment() const { return m_experiment; }
    /// What the form holds now, as typed.
    ExperimentEntry entry() const;

    /// Adds an arm row (unticked) and returns its row.
    int addArm(const QString& name = {});
    /// Ticks the control box of `row` (and unticks the others).
    void setControlRow(int row);

    QLineEdit* nameEdit() const { return m_name; }
    QTableWidget* armTable() const { return m_arms; }
    QDoubleSpinBox* plannedControlShare() const { return m_share; }
    QCheckBox* startedCheck() const { return m_hasStart; }
    QDateEdit* startedEdit() const { return m_start; }
    QCheckBox* endedCheck() const { return m_hasEnd; }
    QDateEdit* endedEdit() const { return m_end; }
    QLabel* problemsLabel() const { return m_problems; }
    QPushButton* saveButton() const { return m_save; }

private:
    void save();

    QStringList m_existingNames;
    Experiment m_experiment;
    QLineEdit* m_name;
    QTableWidget* m_arms;
    QDoubleSpinBox* m_share;
    QCheckBox* m_hasStart;
    QDateEdit* m_start;
    QCheckBox* m_hasEnd;
    QDateEdit* m_end;
    QLabel* m_problems;
    QPushButton* m_save;
};

} // namespace pvi
