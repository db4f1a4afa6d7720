#pragma once

#include "pvi/engine/personalization_rules.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pvi {

class RecordTableModel;

/// The Data page's personalization rules: the stored rules, a form to add one (a kind with its
/// description, and a pattern) and a button to remove the selected rule.
class DataRulesPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataRulesPanel(QWidget* parent = nullptr);

    /// Shows these rules.
    void setRules(const std::vector<PersonalizationRule>& rules);
    /// Shows what the last change did (or why it was refused); a success clears the pattern.
    void showMessage(const QString& text, bool error);

    RecordTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* patternEdit() const { return m_pattern; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    /// The user asked to store a rule.
    void addRequested(const QString& kind, const QString& pattern);
    /// The user asked to delete a rule.
    void removeRequested(qint64 ruleId);

private:
    void updateHelp();

    RecordTableModel* m_model;
    QTableView* m_table;
    QComboBox* m_kind;
    QLabel* m_help;
    QLineEdit* m_pattern;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_message;
};

} // namespace pvi
