#pragma once

#include "importers/import_report.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTableView;

namespace pvi {

class ImportIssueModel;

/// What an import did, per file: source, counts, error, and a table of every issue with its
/// file, line and column.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const QList<ImportReport>& reports, bool cancelled,
                       QWidget* parent = nullptr);

    /// The summary text (one paragraph per file).
    QString summaryText() const;
    ImportIssueModel* issueModel() const { return m_issues; }

private:
    QLabel* m_summary;
    ImportIssueModel* m_issues;
    QTableView* m_table;
};

/// A plain-text summary of one file's import (for the report dialog and the status bar).
QString describeImport(const ImportReport& report);

} // namespace pvi
