#pragma once

#include "import/import_request.h"

#include <QList>
#include <QStringList>
#include <QWizard>

namespace pvi {

class ImportWizardFileModel;
class ImportWizardFilesPage;
class ImportWizardMappingPage;
class ImportWizardPreviewPage;
class ImportWizardValidationPage;

/// The import wizard: files (detected source, override), preview, column mapping for generic
/// files, validation. Its Import button hands the chosen requests to whoever runs the import.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    /// The wizard's steps.
    enum PageId { FilesPageId, PreviewPageId, MappingPageId, ValidationPageId };

    /// A wizard for importing into the workspace at `workspacePath`.
    explicit ImportWizard(const QString& workspacePath, QWidget* parent = nullptr);

    /// Adds files to the list (each is read and its source detected off the GUI thread).
    void addFiles(const QStringList& files);

    ImportWizardFileModel* fileModel() const { return m_files; }
    ImportWizardFilesPage* filesPage() const { return m_filesPage; }
    ImportWizardPreviewPage* previewPage() const { return m_previewPage; }
    ImportWizardMappingPage* mappingPage() const { return m_mappingPage; }
    ImportWizardValidationPage* validationPage() const { return m_validationPage; }
    const QString& workspacePath() const { return m_workspacePath; }

    /// The mapping step comes only when a file is imported as generic.
    int nextId() const override;
    void initializePage(int id) override;
    void accept() override;

Q_SIGNALS:
    /// The user pressed Import: the files with the source (and mapping) chosen for each.
    void importRequested(const QList<ImportRequest>& requests);

private:
    QString m_workspacePath;
    ImportWizardFileModel* m_files;
    ImportWizardFilesPage* m_filesPage;
    ImportWizardPreviewPage* m_previewPage;
    ImportWizardMappingPage* m_mappingPage;
    ImportWizardValidationPage* m_validationPage;
};

} // namespace pvi
