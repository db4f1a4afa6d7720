#include "importers/import_context.h"

#include "store/workspace.h"

#include <QCoreApplication>

namespace pvi {

ImportContext::ImportContext(Workspace& workspace, ImportReport& report, std::int64_t batchId)
    : m_workspace(workspace)
    , m_report(report)
    , m_batchId(batchId)
    , m_customers(workspace.db(), batchId) {}

Database& ImportContext::db() {
    return m_workspace.db();
}

void ImportContext::error(qint64 line, int column, const QString& code, const QString& message) {
    ++m_errors;
    add(ImportIssue::Severity::Error, line, column, code, message);
}

void ImportContext::warning(qint64 line, int column, const QString& code, const QString& message) {
    add(ImportIssue::Severity::Warning, line, column, code, message);
}

void ImportContext::add(ImportIssue::Severity severity, qint64 line, int column,
                        const QString& code, const QString& message) {
    ++m_issueCount;
    if (m_report.issues.size() >= kMaxIssues)
        return;
    ImportIssue issue;
    issue.file = m_report.file;
    issue.line = static_cast<int>(line);
    issue.column = column;
    issue.severity = severity;
    issue.code = code;
    issue.message = message;
    m_report.issues.append(issue);
}

void ImportContext::finishIssues() {
    const qint64 leftOut = m_issueCount - m_report.issues.size();
    if (leftOut <= 0)
        return;
    ImportIssue issue;
    issue.file = m_report.file;
    issue.severity = hasErrors() ? ImportIssue::Severity::Error : ImportIssue::Severity::Warning;
    issue.code = QStringLiteral("more-issues");
    issue.message =
        QCoreApplication::translate("pvi::ImportText", "%1 more issues were found and not listed")
            .arg(leftOut);
    m_report.issues.append(issue);
}

void ImportContext::noteEmailCampaign(const QString& platform, const QString& campaignKey) {
    if (m_lastEmailCampaign && m_lastEmailCampaign->first == platform &&
        m_lastEmailCampaign->second == campaignKey)
        return;
    m_lastEmailCampaign = &*m_emailCampaigns.emplace(platform, campaignKey).first;
}

} // namespace pvi
