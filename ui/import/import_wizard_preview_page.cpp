#include "import/import_wizard_preview_page.h"

#include "import/import_wizard_file_model.h"
#include "import/import_wizard_preview_model.h"
#include "widgets/tone.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

ImportWizardPreviewPage::ImportWizardPreviewPage(ImportWizardFileModel* files, QWidget* parent)
    : QWizardPage(parent)
    , m_files(files)
    , m_preview(new ImportWizardPreviewModel(this))
    , m_file(new QComboBox(this))
    , m_caption(new QLabel(this))
    , m_table(new QTableView(this))
    , m_problems(new QLabel(this)) {
    setObjectName(u"importPreviewPage"_s);
    setTitle(tr("Preview"));
    setSubTitle(tr("The first %1 rows of the file as they will be read. Problems are highlighted.")
                    .arg(ImportWizardFileModel::kPreviewRows));

    m_file->setObjectName(u"importPreviewFile"_s);
    m_file->setModel(files);
    m_file->setModelColumn(ImportWizardFileModel::File);
    m_caption->setObjectName(u"importPreviewCaption"_s);
    setTone(m_caption, Tone::Muted);
    m_table->setObjectName(u"importPreviewTable"_s);
    m_table->setModel(m_preview);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->setWordWrap(false);
    m_problems->setObjectName(u"importPreviewProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    setTone(m_problems, Tone::Error);

    auto* top = new QFormLayout;
    top->addRow(tr("File:"), m_file);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);

    connect(m_file, &QComboBox::currentIndexChanged, this, &ImportWizardPreviewPage::refresh);
    connect(files, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                const int row = m_file->currentIndex();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    refresh();
            });
}

void ImportWizardPreviewPage::showFile(int row) {
    if (m_file->currentIndex() == row)
        refresh();
    else
        m_file->setCurrentIndex(row);
}

int ImportWizardPreviewPage::currentFile() const {
    return m_file->currentIndex();
}

QString ImportWizardPreviewPage::problemText() const {
    return m_problems->text();
}

void ImportWizardPreviewPage::refresh() {
    const int row = m_file->currentIndex();
    if (row < 0 || row >= m_files->rowCount()) {
        m_preview->setEntry({});
        m_caption->clear();
        m_problems->clear();
        return;
    }
    const ImportFileEntry& entry = m_files->entry(row);
    m_preview->setEntry(entry);
    if (!entry.scanned)
        m_caption->setText(tr("Reading the file…"));
    else
        m_caption->setText((entry.scan.moreRows
                                ? tr("%1 rows shown (the file has more) · read as %2")
                                : tr("%1 rows shown · read as %2"))
                               .arg(entry.scan.rows.size())
                               .arg(importSourceTitle(entry.source)));
    const QStringList problems = m_preview->problems();
    m_problems->setText(problems.isEmpty() ? QString() : u"⚠ "_s + problems.join(u"\n⚠ "_s));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace pvi
