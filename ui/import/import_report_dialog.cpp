#include "import/import_report_dialog.h"

#include "import/import_issue_model.h"
#include "import/import_row_reader.h"
#include "shell/background_load.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
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
    , m_issues(new ImportIssueModel(this))
    , m_table(new QTableView(this))
    , m_row(new QPlainTextEdit(this)) {
    setObjectName(u"importReportDialog"_s);
    setWindowTitle(cancelled ? tr("Import cancelled") : tr("Import report"));
    resize(820, 480);

    QStringList lines;
    for (const ImportReport& report : reports)
        lines.append(describeImport(report));
    if (cancelled)
        lines.append(tr("The import was cancelled: the file in progress was rolled back and "
                        "left the workspace as it was."));
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setText(lines.join(u"\n\n"_s));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_issues->setReports(reports);
    m_table->setObjectName(u"importIssues"_s);
    m_table->setModel(m_issues);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setVisible(m_issues->rowCount() > 0);
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
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    if (m_issues->rowCount() == 0) {
        layout->addStretch(1); // no issue table: the summary stays at the top, in a smaller box
        resize(720, 240);
    }
    layout->addWidget(m_row);
    layout->addWidget(buttons);
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

} // namespace pvi
