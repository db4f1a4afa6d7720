#include "report/report_dialog.h"

#include "report/report_content.h"
#include "store/workspace.h"
#include "widgets/value_format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi::report {

namespace {

/// The settings group of a workspace's remembered report options.
QString settingsGroup(const QString& workspacePath) {
    const QByteArray key = QFileInfo(workspacePath).absoluteFilePath().toUtf8();
    return u"report/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

QString slidesPathFor(const QString& pdf) {
    QString base = pdf;
    if (base.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        base.chop(4);
    return base + u"-slides.pdf"_s;
}

} // namespace

ReportDialog::ReportDialog(const QString& workspacePath, const PeriodFilter& filter,
                           const QString& readOnlyReason, QWidget* parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_filter(filter)
    , m_readOnlyReason(readOnlyReason) {
    setWindowTitle(tr("Export Report"));
    setObjectName(u"reportDialog"_s);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(makeOptionsTab(), tr("&Report"));
    tabs->addTab(makeNotesTab(), tr("Consultant's &notes"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    loadRemembered();
    resize(560, 520);
}

QWidget* ReportDialog::makeOptionsTab() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Period:"),
                 new QLabel(tr("%1 (the filter bar's)").arg(periodFilterLabel(m_filter)), page));
    m_client = new QLineEdit(page);
    m_client->setObjectName(u"reportClient"_s);
    m_consultant = new QLineEdit(page);
    m_logos = new QLineEdit(page);
    m_logos->setPlaceholderText(tr("PNG, JPEG or SVG files, separated by ;"));
    auto* browseLogo = new QPushButton(tr("Browse…"), page);
    connect(browseLogo, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Logos"), {}, tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!files.isEmpty())
            m_logos->setText(files.join(u';'));
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logos);
    logoRow->addWidget(browseLogo);
    m_pageSize = new QComboBox(page);
    m_pageSize->addItem(u"A4"_s, int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_landscape = new QCheckBox(tr("Landscape"), page);
    auto* paperRow = new QHBoxLayout;
    paperRow->addWidget(m_pageSize);
    paperRow->addWidget(m_landscape);
    paperRow->addStretch();
    m_sections = new QListWidget(page);
    for (const QString& id : reportSectionIds()) {
        auto* item = new QListWidgetItem(reportSectionTitle(id), m_sections);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_pdf = new QLineEdit(page);
    m_pdf->setObjectName(u"reportPdf"_s);
    auto* browsePdf = new QPushButton(tr("Save As…"), page);
    connect(browsePdf, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Save Report"), m_pdf->text(), u"PDF (*.pdf)"_s);
        if (!file.isEmpty())
            m_pdf->setText(file);
    });
    auto* pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_pdf);
    pdfRow->addWidget(browsePdf);
    m_slides = new QCheckBox(tr("Also a 16:9 slide deck (…-slides.pdf)"), page);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(tr("C&onsultant:"), m_consultant);
    form->addRow(tr("&Logos:"), logoRow);
    form->addRow(tr("&Paper:"), paperRow);
    form->addRow(tr("&Sections:"), m_sections);
    form->addRow(tr("Save &to:"), pdfRow);
    form->addRow(QString(), m_slides);
    return page;
}

QWidget* ReportDialog::makeNotesTab() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_noteSection = new QComboBox(page);
    for (const QString& id : reportSectionIds())
        m_noteSection->addItem(reportSectionTitle(id), id);
    m_note = new QPlainTextEdit(page);
    m_note->setObjectName(u"reportNote"_s);
    m_note->setPlaceholderText(
        tr("A few sentences for the client, printed at the end of the section."));
    auto* hint = new QLabel(page);
    hint->setWordWrap(true);
    if (auto opened = Workspace::open(m_workspacePath, Workspace::Mode::OpenExisting);
        opened.workspace)
        m_savedNotes = readReportNotes(*opened.workspace);
    m_notes = m_savedNotes;
    if (!m_readOnlyReason.isEmpty()) {
        m_note->setReadOnly(true);
        hint->setText(tr("Notes cannot be changed: %1.").arg(m_readOnlyReason));
    } else {
        hint->setText(tr("Notes are stored in the workspace, up to %1 characters each.")
                          .arg(Workspace::kMaxSettingLength));
    }
    auto show = [this] {
        m_note->setPlainText(m_notes.value(m_noteSection->currentData().toString()));
    };
    connect(m_noteSection, &QComboBox::currentIndexChanged, this, show);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        QString text = m_note->toPlainText();
        if (text.size() > Workspace::kMaxSettingLength) {
            text.truncate(Workspace::kMaxSettingLength);
            m_note->setPlainText(text);
            m_note->moveCursor(QTextCursor::End);
        }
        m_notes.insert(m_noteSection->currentData().toString(), text);
    });
    show();
    layout->addWidget(new QLabel(tr("Section:"), page));
    layout->addWidget(m_noteSection);
    layout->addWidget(m_note);
    layout->addWidget(hint);
    return page;
}

void ReportDialog::loadRemembered() {
    QSettings settings;
    settings.beginGroup(settingsGroup(m_workspacePath));
    m_client->setText(settings.value(u"client"_s).toString());
    m_consultant->setText(settings.value(u"consultant"_s).toString());
    m_logos->setText(settings.value(u"logos"_s).toString());
    m_pageSize->setCurrentIndex(settings.value(u"letter"_s).toBool() ? 1 : 0);
    m_landscape->setChecked(settings.value(u"landscape"_s).toBool());
    m_slides->setChecked(settings.value(u"slides"_s).toBool());
    const QFileInfo workspace(m_workspacePath);
    m_pdf->setText(settings
                       .value(u"pdf"_s, workspace.absolutePath() + u"/"_s +
                                            workspace.completeBaseName() + u"-report.pdf"_s)
                       .toString());
    if (settings.contains(u"sections"_s)) {
        const QStringList chosen = settings.value(u"sections"_s).toStringList();
        for (int i = 0; i < m_sections->count(); ++i) {
            QListWidgetItem* item = m_sections->item(i);
            item->setCheckState(
                chosen.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void ReportDialog::remember() const {
    QSettings settings;
    settings.beginGroup(settingsGroup(m_workspacePath));
    const ReportRequest r = request();
    settings.setValue(u"client"_s, r.options.client);
    settings.setValue(u"consultant"_s, r.options.consultant);
    settings.setValue(u"logos"_s, m_logos->text());
    settings.setValue(u"letter"_s, r.options.pageSize == QPageSize::Letter);
    settings.setValue(u"landscape"_s, r.options.landscape);
    settings.setValue(u"slides"_s, m_slides->isChecked());
    settings.setValue(u"pdf"_s, r.pdfPath);
    settings.setValue(u"sections"_s, r.options.sections);
}

ReportRequest ReportDialog::request() const {
    ReportRequest r;
    r.workspacePath = m_workspacePath;
    r.options.filter = m_filter;
    r.options.client = m_client->text().trimmed();
    r.options.consultant = m_consultant->text().trimmed();
    r.options.logoFiles = m_logos->text().split(u';', Qt::SkipEmptyParts);
    r.options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    r.options.landscape = m_landscape->isChecked();
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->item(i)->checkState() == Qt::Checked)
            r.options.sections.append(m_sections->item(i)->data(Qt::UserRole).toString());
    }
    r.pdfPath = m_pdf->text().trimmed();
    if (m_slides->isChecked())
        r.slidesPath = slidesPathFor(r.pdfPath);
    return r;
}

bool ReportDialog::saveNotes() {
    if (!m_readOnlyReason.isEmpty() || m_notes == m_savedNotes)
        return true;
    auto opened = Workspace::open(m_workspacePath, Workspace::Mode::OpenExisting);
    QString error = opened.error;
    if (opened.workspace) {
        for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
            if (m_savedNotes.value(it.key()) != it.value() &&
                !writeReportNote(*opened.workspace, it.key(), it.value(), &error))
                break;
            error.clear();
        }
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Notes not saved"),
                             tr("The notes could not be stored: %1").arg(error));
        return false;
    }
    m_savedNotes = m_notes;
    return true;
}

void ReportDialog::accept() {
    const ReportRequest r = request();
    if (r.pdfPath.isEmpty() || r.options.sections.isEmpty()) {
        QMessageBox::information(this, tr("Export Report"),
                                 r.pdfPath.isEmpty() ? tr("Choose where to save the report.")
                                                     : tr("Choose at least one section."));
        return;
    }
    if (!saveNotes())
        return;
    remember();
    QDialog::accept();
}

} // namespace pvi::report
