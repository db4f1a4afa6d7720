#include "import/import_wizard_mapping_page.h"

#include "import/import_wizard_file_model.h"
#include "import/import_wizard_mapping_loader.h"
#include "shell/background_load.h"
#include "widgets/tone.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

ImportWizardMappingPage::ImportWizardMappingPage(ImportWizardFileModel* files,
                                                 const QString& workspacePath, QWidget* parent)
    : QWizardPage(parent)
    , m_files(files)
    , m_workspacePath(workspacePath)
    , m_file(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_problems(new QLabel(this)) {
    setObjectName(u"importMappingPage"_s);
    setTitle(tr("Mapping"));
    setSubTitle(tr("Choose the column that holds each order field. Fields marked * are "
                   "required. The mapping is remembered for files with the same header."));
    m_file->setObjectName(u"importMappingFile"_s);
    m_status->setObjectName(u"importMappingStatus"_s);
    setTone(m_status, Tone::Muted);
    m_problems->setObjectName(u"importMappingProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    setTone(m_problems, Tone::Error);

    auto* fields = new QWidget;
    auto* grid = new QGridLayout(fields);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(16);
    int row = 0;
    for (const CanonicalField& field : genericOrderFields()) {
        auto* label = new QLabel(field.required ? field.label + u" *"_s : field.label, fields);
        if (field.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        auto* combo = new QComboBox(fields);
        combo->setObjectName(u"mapping_"_s + field.id);
        combo->setMinimumWidth(240);
        auto* hint = new QLabel(field.hint, fields);
        setTone(hint, Tone::Muted);
        hint->setWordWrap(true);
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(hint, row, 2);
        m_columns.insert(field.id, combo);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, id = field.id] { onColumnChosen(id); });
        ++row;
    }
    grid->setRowStretch(row, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* top = new QFormLayout;
    top->addRow(tr("File:"), m_file);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);

    connect(m_file, &QComboBox::currentIndexChanged, this, &ImportWizardMappingPage::refresh);
}

void ImportWizardMappingPage::initializePage() {
    for (const ImportFileEntry& entry : m_files->entries()) {
        if (entry.scan.savedMapping && entry.mapping == entry.scan.savedMapping)
            m_fromSaved.insert(entry.file);
    }
    fillFileChoices();
    loadMissingMappings();
    refresh();
}

bool ImportWizardMappingPage::isComplete() const {
    for (const ImportFileEntry& entry : m_files->entries()) {
        if (entry.isGeneric() && !entry.mapping)
            return false;
    }
    return true;
}

void ImportWizardMappingPage::fillFileChoices() {
    const QString shown = m_file->currentData().toString();
    const QSignalBlocker blocker(m_file);
    m_file->clear();
    for (const ImportFileEntry& entry : m_files->entries()) {
        if (entry.isGeneric())
            m_file->addItem(QFileInfo(entry.file).fileName(), entry.file);
    }
    const int at = m_file->findData(shown);
    m_file->setCurrentIndex(at < 0 ? 0 : at);
}

void ImportWizardMappingPage::loadMissingMappings() {
    for (const ImportFileEntry& entry : m_files->entries()) {
        if (!entry.isGeneric() || entry.mapping || m_loading.contains(entry.file))
            continue;
        m_loading.insert(entry.file);
        const QString file = entry.file;
        loadInBackground(
            this,
            [workspace = m_workspacePath, header = entry.scan.header] {
                return loadInitialMapping(workspace, header);
            },
            [this, file](const InitialMapping& initial) {
                m_loading.remove(file);
                if (initial.saved)
                    m_fromSaved.insert(file);
                for (int row = 0; row < m_files->rowCount(); ++row) {
                    if (m_files->entry(row).file == file && !m_files->entry(row).mapping)
                        m_files->setMapping(row, initial.mapping);
                }
                refresh();
                Q_EMIT completeChanged();
            });
    }
}

int ImportWizardMappingPage::currentFile() const {
    const QString file = m_file->currentData().toString();
    for (int row = 0; row < m_files->rowCount(); ++row) {
        if (m_files->entry(row).file == file)
            return row;
    }
    return -1;
}

void ImportWizardMappingPage::showFile(int row) {
    if (row < 0 || row >= m_files->rowCount())
        return;
    const int at = m_file->findData(m_files->entry(row).file);
    if (at >= 0)
        m_file->setCurrentIndex(at);
}

QString ImportWizardMappingPage::statusText() const {
    return m_status->text() + u'\n' + m_problems->text();
}

void ImportWizardMappingPage::refresh() {
    const int row = currentFile();
    m_refreshing = true;
    for (QComboBox* combo : std::as_const(m_columns)) {
        combo->clear();
        combo->setEnabled(false);
    }
    m_problems->clear();
    if (row < 0) {
        m_status->setText(tr("No file is imported as generic."));
        m_refreshing = false;
        return;
    }
    const ImportFileEntry& entry = m_files->entry(row);
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        QComboBox* combo = it.value();
        combo->addItem(tr("(not mapped)"), QString());
        for (const QString& column : entry.scan.header)
            combo->addItem(column, column);
        combo->setEnabled(entry.mapping.has_value());
        if (entry.mapping) {
            const int at =
                combo->findData(entry.mapping->value(it.key()), Qt::UserRole, Qt::MatchFixedString);
            combo->setCurrentIndex(at < 0 ? 0 : at);
        }
    }
    m_refreshing = false;
    if (!entry.mapping) {
        m_status->setText(tr("Looking for a saved mapping…"));
        return;
    }
    m_status->setText(m_fromSaved.contains(entry.file)
                          ? tr("Pre-filled from the mapping saved for this header.")
                          : tr("Pre-filled from the column names: check each field."));
    const QStringList problems = mappingProblems(*entry.mapping, entry.scan.header);
    m_problems->setText(problems.isEmpty() ? QString() : u"⚠ "_s + problems.join(u"\n⚠ "_s));
}

void ImportWizardMappingPage::onColumnChosen(const QString& fieldId) {
    const int row = currentFile();
    if (m_refreshing || row < 0 || !m_files->entry(row).mapping)
        return;
    ColumnMapping mapping = *m_files->entry(row).mapping;
    const QString column = m_columns.value(fieldId)->currentData().toString();
    if (column.isEmpty())
        mapping.remove(fieldId);
    else
        mapping.insert(fieldId, column);
    m_files->setMapping(row, mapping);
    const QStringList problems = mappingProblems(mapping, m_files->entry(row).scan.header);
    m_problems->setText(problems.isEmpty() ? QString() : u"⚠ "_s + problems.join(u"\n⚠ "_s));
}

} // namespace pvi
