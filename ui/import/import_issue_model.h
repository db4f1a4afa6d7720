#pragma once

#include "importers/import_report.h"

#include <QAbstractTableModel>
#include <QList>

namespace pvi {

/// A table of import issues (file, line, column, severity, message) for the report dialog.
class ImportIssueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The model's columns.
    enum Column { File, Line, ColumnNumber, Severity, Message, ColumnCount };
    /// Role giving raw values (line and column as integers) for sorting.
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit ImportIssueModel(QObject* parent = nullptr);

    /// Replaces the issues with those of every report.
    void setReports(const QList<ImportReport>& reports);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace pvi
