#include "import/import_wizard_validation_page.h"

#include "import/import_wizard_file_model.h"
#include "widgets/tone.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

ImportWizardValidationPage::ImportWizardValidationPage(ImportWizardFileModel* files,
                                                       QWidget* parent)
    : QWizardPage(parent)
    , m_files(files)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this)) {
    setObjectName(u"importValidationPage"_s);
    setTitle(tr("Check"));
    setSubTitle(tr("Every file must have a source and the columns that source needs."));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setFinalPage(true);

    m_summary->setObjectName(u"importValidationSummary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"importValidationTable"_s);
    m_table->setModel(files);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setColumnHidden(ImportWizardFileModel::Detected, true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ImportWizardFileModel::File,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImportWizardFileModel::ImportAs,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(u"importValidationDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    setTone(m_details, Tone::Error);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);

    connect(files, &QAbstractItemModel::dataChanged, this, &ImportWizardValidationPage::refresh);
    connect(files, &QAbstractItemModel::rowsRemoved, this, &ImportWizardValidationPage::refresh);
    connect(files, &QAbstractItemModel::rowsInserted, this, &ImportWizardValidationPage::refresh);
}

bool ImportWizardValidationPage::isComplete() const {
    return m_files->allValid();
}

void ImportWizardValidationPage::initializePage() {
    refresh();
}

QString ImportWizardValidationPage::summaryText() const {
    return m_summary->text();
}

void ImportWizardValidationPage::refresh() {
    QStringList details;
    int invalid = 0;
    for (const ImportFileEntry& entry : m_files->entries()) {
        const QStringList problems = importFileProblems(entry);
        if (problems.isEmpty())
            continue;
        ++invalid;
        const QString name = QFileInfo(entry.file).fileName();
        for (const QString& problem : problems)
            details.append(u"%1: %2"_s.arg(name, problem));
    }
    const auto count = m_files->rowCount();
    if (count == 0)
        m_summary->setText(tr("There is no file to import: go back and add one."));
    else if (invalid == 0)
        m_summary->setText(count == 1 ? tr("The file is ready to import.")
                                      : tr("All %1 files are ready to import.").arg(count));
    else
        m_summary->setText(
            tr("%1 of %2 files cannot be imported as chosen. Go back to choose another source "
               "or remove them; Import stays disabled until then.")
                .arg(invalid)
                .arg(count));
    m_details->setText(details.join(u'\n'));
    m_details->setVisible(!details.isEmpty());
    Q_EMIT completeChanged();
}

} // namespace pvi
