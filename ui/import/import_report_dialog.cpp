#include "import/import_report_dialog.h"

#include "import/import_issue_model.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

QString describeImport(const ImportReport& report) {
    const QString name = QFileInfo(report.file).fileName();
    if (report.cancelled)
        return u"%1: cancelled, nothing was changed."_s.arg(name);
    if (!report.ok)
        return u"%1: not imported — %2"_s.arg(name, report.error);
    const QString source = report.sourceTitle.isEmpty() ? report.source : report.sourceTitle;
    return u"%1 (%2): %3 rows read; %4 added, %5 updated, %6 unchanged; %7 new customers, "
           "%8 matched; %9 issues."_s.arg(name, source)
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
    , m_table(new QTableView(this)) {
    setObjectName(u"importReportDialog"_s);
    setWindowTitle(cancelled ? u"Import cancelled"_s : u"Import report"_s);
    resize(820, 480);

    QStringList lines;
    for (const ImportReport& report : reports)
        lines.append(describeImport(report));
    if (cancelled)
        lines.append(u"The import was cancelled: the file in progress was rolled back and left "
                     "the workspace as it was."_s);
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

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

QString ImportReportDialog::summaryText() const {
    return m_summary->text();
}

} // namespace pvi
