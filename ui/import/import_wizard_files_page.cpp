#include "import/import_wizard_files_page.h"

#include "import/import_wizard_file_model.h"
#include "import/import_wizard_source_delegate.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

ImportWizardFilesPage::ImportWizardFilesPage(ImportWizardFileModel* files, QWidget* parent)
    : QWizardPage(parent)
    , m_files(files)
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add Files…"), this))
    , m_remove(new QPushButton(tr("Remove"), this)) {
    setObjectName(u"importFilesPage"_s);
    setTitle(tr("Files"));
    setSubTitle(tr("Each file's source is detected from its header. Choose another source in "
                   "“Import as” when the detection is wrong."));

    m_table->setObjectName(u"importFilesTable"_s);
    m_table->setModel(files);
    m_table->setItemDelegateForColumn(ImportWizardFileModel::ImportAs,
                                      new ImportWizardSourceDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ImportWizardFileModel::File, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportWizardFileModel::Detected, QHeaderView::ResizeToContents);
    header->resizeSection(ImportWizardFileModel::ImportAs, 300);
    header->setStretchLastSection(true);
    m_add->setObjectName(u"importAddFilesButton"_s);
    m_remove->setObjectName(u"importRemoveFileButton"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ImportWizardFilesPage::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &ImportWizardFilesPage::removeSelected);
    connect(files, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                openEditors(first, last);
                if (!m_table->currentIndex().isValid())
                    m_table->selectRow(0);
                Q_EMIT completeChanged();
            });
    connect(files, &QAbstractItemModel::rowsRemoved, this, &QWizardPage::completeChanged);
    connect(files, &ImportWizardFileModel::fileScanned, this, [this] {
        m_table->resizeColumnToContents(ImportWizardFileModel::Detected);
        Q_EMIT completeChanged();
    });
    openEditors(0, files->rowCount() - 1);
}

void ImportWizardFilesPage::openEditors(int first, int last) {
    for (int row = first; row <= last; ++row)
        m_table->openPersistentEditor(m_files->index(row, ImportWizardFileModel::ImportAs));
}

bool ImportWizardFilesPage::isComplete() const {
    return m_files->rowCount() > 0 && m_files->allScanned();
}

int ImportWizardFilesPage::currentRow() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : 0;
}

void ImportWizardFilesPage::chooseFiles() {
    auto* dialog = new QFileDialog(
        this, tr("Add Files"), QString(),
        tr("Exports (*.csv *.tsv *.txt *.xlsx *.zip *.csv.gz *.gz);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, m_files, &ImportWizardFileModel::addFiles);
    dialog->open();
}

void ImportWizardFilesPage::removeSelected() {
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_files->removeFile(current.row());
}

} // namespace pvi
