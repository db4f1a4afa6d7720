#pragma once

#include "pvi/segments/segment_rules_store.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pvi {

class RecordTableModel;

/// The Data page's segment rules: the saved rules (each a segment dimension "rule:NAME" on the
/// Segments page), a form to write one ("spend_last_90d > 200 AND consent = yes") under a name, and
/// buttons to save it (a new name adds, a known name replaces) and to remove the selected rule.
/// Selecting a rule puts it into the form for editing.
class DataSegmentRulesPanel : public QWidget {
    Q_OBJECT
public:
    explicit DataSegmentRulesPanel(QWidget* parent = nullptr);

    /// Shows these rules.
    void setRules(const std::vector<SavedSegmentRule>& rules);
    /// Shows what the last change did (or why it was refused); a success clears the form.
    void showMessage(const QString& text, bool error);

    RecordTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* ruleEdit() const { return m_rule; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* message() const { return m_message; }

Q_SIGNALS:
    /// The user asked to save the rule under the name.
    void saveRequested(const QString& name, const QString& rule);
    /// The user asked to delete the rule of this name.
    void removeRequested(const QString& name);

private:
    void editSelected();

    RecordTableModel* m_model;
    QTableView* m_table;
    QLineEdit* m_name;
    QLineEdit* m_rule;
    QPushButton* m_save;
    QPushButton* m_remove;
    QLabel* m_message;
};

} // namespace pvi
