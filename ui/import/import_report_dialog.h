#pragma once

#include "importers/import_report.h"

#include <QDialog>
#include <QList>

class QLabel;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace pvi {

class ImportIssueModel;

/// What an import did: a sentence per file, and under Details the counts of each file and a
/// table of every issue with its file, line and column.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const QList<ImportReport>& reports, bool cancelled,
                       QWidget* parent = nullptr);

    /// The sentences (one paragraph per file).
    QString summaryText() const;
    /// The counts of each file (one paragraph per file), shown under Details.
    QString detailsText() const;
    /// Shows or hides the counts and the issue table (the Details button).
    void showDetails(bool shown);
    ImportIssueModel* issueModel() const { return m_issues; }
    QTableView* issueTable() const { return m_table; }
    /// Shows the file's row for the issue at `row` of the issue model under the table (read off
    /// the GUI thread); double-clicking an issue does the same.
    void showIssueRow(int row);
    /// The row shown under the table (empty until an issue was double-clicked).
    QString rowText() const;

Q_SIGNALS:
    /// The row of a double-clicked issue was read and is shown.
    void issueRowShown();

private:
    QLabel* m_summary;
    QLabel* m_details;
    QPushButton* m_detailsButton;
    QWidget* m_stretch = nullptr;
    ImportIssueModel* m_issues;
    QTableView* m_table;
    QPlainTextEdit* m_row;
    int m_rowRequest = 0; // only the latest request's answer is shown
};

/// A plain-text summary of one file's import (for the report dialog and the status bar).
QString describeImport(const ImportReport& report);

} // namespace pvi
