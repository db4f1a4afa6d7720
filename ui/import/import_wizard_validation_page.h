#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace pvi {

class ImportWizardFileModel;

/// The wizard's last step before importing: every file with its source and what stops it from
/// being imported. Import stays disabled while any file has a problem.
class ImportWizardValidationPage : public QWizardPage {
    Q_OBJECT
public:
    ImportWizardValidationPage(ImportWizardFileModel* files, QWidget* parent = nullptr);

    /// Complete (Import enabled) when every file can be imported as chosen.
    bool isComplete() const override;
    void initializePage() override;
    /// The sentence above the table.
    QString summaryText() const;

private:
    void refresh();

    ImportWizardFileModel* m_files;
    QLabel* m_summary;
    QTableView* m_table;
    QLabel* m_details;
};

} // namespace pvi
