#pragma once

#include <QHash>
#include <QSet>
#include <QWizardPage>

class QComboBox;
class QLabel;

namespace pvi {

class ImportWizardFileModel;

/// The wizard's mapping step, shown when a file is imported as generic: one row per canonical
/// order field (required ones marked) with a combo of the file's columns, pre-filled from the
/// mapping saved for the same header or else a guess from the column names.
class ImportWizardMappingPage : public QWizardPage {
    Q_OBJECT
public:
    ImportWizardMappingPage(ImportWizardFileModel* files, const QString& workspacePath,
                            QWidget* parent = nullptr);

    void initializePage() override;
    /// Complete once every generic file has a mapping to start from.
    bool isComplete() const override;
    /// The combo choosing the column for a canonical field id.
    QComboBox* columnCombo(const QString& fieldId) const { return m_columns.value(fieldId); }
    /// The file whose mapping is shown (a row of the file model), -1 when none.
    int currentFile() const;
    /// Shows the mapping of the file at `row` of the file model (a generic file).
    void showFile(int row);
    /// Where the shown mapping came from, and its problems.
    QString statusText() const;

private:
    void loadMissingMappings();
    void fillFileChoices();
    void refresh();
    void onColumnChosen(const QString& fieldId);

    ImportWizardFileModel* m_files;
    QString m_workspacePath;
    QComboBox* m_file;
    QHash<QString, QComboBox*> m_columns;
    QLabel* m_status;
    QLabel* m_problems;
    QSet<QString> m_loading;   // files whose initial mapping is being read
    QSet<QString> m_fromSaved; // files whose mapping came from the workspace
    bool m_refreshing = false;
};

} // namespace pvi
