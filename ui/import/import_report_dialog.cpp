#include "import/import_report_dialog.h"

#include "import/import_issue_model.h"
#include "import/import_row_reader.h"
#include "import/import_sentence.h"
#include "shell/background_load.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

QString describeImport(const ImportReport& report) {
    const QString name = QFileInfo(report.file).fileName();
    if (report.cancelled)
        return ImportReportDialog::tr("%1: cancelled, nothing was changed.").arg(name);
    if (!report.ok)
        return ImportReportDialog::tr("%1: not imported — %2").arg(name, report.error);
    const QString source = report.sourceTitle.isEmpty() ? report.source : report.sourceTitle;
    return ImportReportDialog::tr("%1 (%2): %3 rows read; %4 added, %5 updated, %6 unchanged; "
                                  "%7 new customers, %8 matched; %9 issues.")
        .arg(name, source)
        .arg(report.rowsRead)
        .arg(report.recordsAdded)
        .arg(report.recordsUpdated)
        .arg(report.recordsUnchanged)
        .arg(report.customersAdded)
        .arg(report.customersMatched)
        .arg(report.issues.size());
}

ImportReportDialog::ImportReportDialog(const QList<ImportReport>& reports, bool cancelled,
                                       QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("Show details"), this))
    , m_issues(new ImportIssueModel(this))
    , m_table(new QTableView(this))
    , m_row(new QPlainTextEdit(this)) {
    setObjectName(u"importReportDialog"_s);
    setWindowTitle(cancelled ? tr("Import cancelled") : tr("Import report"));
    resize(820, 480);

    // A sentence per file first; the bookkeeping and the issues one click away.
    QStringList sentences;
    QStringList details;
    for (const ImportReport& report : reports) {
        sentences.append(importSentence(report));
        details.append(describeImport(report));
    }
    if (cancelled)
        sentences.append(tr("The import was cancelled: the file in progress was rolled back and "
                            "left the workspace as it was."));
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setText(sentences.join(u"\n\n"_s));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(u"importDetails"_s);
    m_details->setText(details.join(u"\n\n"_s));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    m_detailsButton->setObjectName(u"importDetailsButton"_s);
    m_detailsButton->setCheckable(true);
    connect(m_detailsButton, &QPushButton::toggled, this, &ImportReportDialog::showDetails);

    m_issues->setReports(reports);
    m_table->setObjectName(u"importIssues"_s);
    m_table->setModel(m_issues);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->hide();
    m_table->setToolTip(tr("Double-click an issue to see its row of the file."));
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { showIssueRow(index.row()); });
    m_row->setObjectName(u"importIssueRow"_s);
    m_row->setReadOnly(true);
    m_row->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_row->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_row->setMaximumHeight(180);
    m_row->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_detailsButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addWidget(m_table, 1);
    m_stretch = new QWidget(this); // keeps the sentences at the top while the details are hidden
    layout->addWidget(m_stretch, 1);
    resize(720, 240);
    layout->addWidget(m_row);
    layout->addWidget(buttons);
}

void ImportReportDialog::showDetails(bool shown) {
    m_detailsButton->setChecked(shown);
    m_detailsButton->setText(shown ? tr("Hide details") : tr("Show details"));
    m_details->setVisible(shown);
    const bool table = shown && m_issues->rowCount() > 0;
    m_table->setVisible(table);
    m_stretch->setVisible(!table);
    if (table && height() < 480)
        resize(qMax(width(), 820), 480);
}

void ImportReportDialog::showIssueRow(int row) {
    using M = ImportIssueModel;
    const QString file = m_issues->index(row, M::File).data(M::RawRole).toString();
    const qint64 line = m_issues->index(row, M::Line).data(M::RawRole).toLongLong();
    const int column = m_issues->index(row, M::ColumnNumber).data(M::RawRole).toInt();
    m_row->show();
    if (line <= 0) {
        m_row->setPlainText(tr("This issue concerns the whole file, not one row."));
        Q_EMIT issueRowShown();
        return;
    }
    m_row->setPlainText(tr("Reading line %1…").arg(line));
    const int request = ++m_rowRequest;
    loadInBackground(
        this, [file, line] { return readImportRow(file, line); },
        [this, request, column](const ImportRowText& text) {
            if (request != m_rowRequest)
                return;
            m_row->setPlainText(text.describe(column));
            // Bring the issue's field into view (block 0 is the title, block N field N).
            if (column > 0 && text.ok()) {
                m_row->setTextCursor(QTextCursor(m_row->document()->findBlockByNumber(column)));
                m_row->ensureCursorVisible();
            }
            Q_EMIT issueRowShown();
        });
}

QString ImportReportDialog::rowText() const {
    return m_row->isHidden() ? QString() : m_row->toPlainText();
}

QString ImportReportDialog::summaryText() const {
    return m_summary->text();
}

QString ImportReportDialog::detailsText() const {
    return m_details->text();
}

} // namespace pvi
