#include "import/import_wizard.h"

#include "import/import_wizard_file_model.h"
#include "import/import_wizard_files_page.h"
#include "import/import_wizard_mapping_page.h"
#include "import/import_wizard_preview_page.h"
#include "import/import_wizard_validation_page.h"

using namespace Qt::StringLiterals;

namespace pvi {

ImportWizard::ImportWizard(const QString& workspacePath, QWidget* parent)
    : QWizard(parent)
    , m_workspacePath(workspacePath)
    , m_files(new ImportWizardFileModel(workspacePath, this))
    , m_filesPage(new ImportWizardFilesPage(m_files, this))
    , m_previewPage(new ImportWizardPreviewPage(m_files, this))
    , m_mappingPage(new ImportWizardMappingPage(m_files, workspacePath, this))
    , m_validationPage(new ImportWizardValidationPage(m_files, this)) {
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoDefaultButton);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(960, 640);
    setPage(FilesPageId, m_filesPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ValidationPageId, m_validationPage);
    setStartId(FilesPageId);
}

void ImportWizard::addFiles(const QStringList& files) {
    m_files->addFiles(files);
}

int ImportWizard::nextId() const {
    switch (currentId()) {
    case FilesPageId:
        return PreviewPageId;
    case PreviewPageId:
        return m_files->hasGenericFiles() ? MappingPageId : ValidationPageId;
    case MappingPageId:
        return ValidationPageId;
    default:
        return -1;
    }
}

void ImportWizard::initializePage(int id) {
    QWizard::initializePage(id);
    if (id == PreviewPageId)
        m_previewPage->showFile(m_filesPage->currentRow());
    if (id == MappingPageId)
        m_mappingPage->showFile(m_previewPage->currentFile());
}

void ImportWizard::accept() {
    if (!m_files->allValid())
        return;
    Q_EMIT importRequested(m_files->requests());
    QWizard::accept();
}

} // namespace pvi
