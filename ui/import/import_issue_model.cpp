#include "import/import_issue_model.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pvi {

ImportIssueModel::ImportIssueModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportIssueModel::setReports(const QList<ImportReport>& reports) {
    beginResetModel();
    m_issues.clear();
    for (const ImportReport& report : reports)
        m_issues.append(report.issues);
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportIssue& issue = m_issues.at(index.row());
    const bool isError = issue.severity == ImportIssue::Severity::Error;
    if (role == RawRole) {
        switch (index.column()) {
        case File:
            return issue.file;
        case Line:
            return issue.line;
        case ColumnNumber:
            return issue.column;
        case Severity:
            return isError ? 1 : 0;
        case Message:
            return issue.code;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File:
            return QFileInfo(issue.file).fileName();
        case Line:
            return issue.line > 0 ? QString::number(issue.line) : QString();
        case ColumnNumber:
            return issue.column > 0 ? QString::number(issue.column) : QString();
        case Severity:
            return isError ? tr("Error") : tr("Warning");
        case Message:
            return issue.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return issue.file;
    if (role == Qt::TextAlignmentRole && (index.column() == Line || index.column() == ColumnNumber))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case ColumnNumber:
        return tr("Column");
    case Severity:
        return tr("Severity");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace pvi
