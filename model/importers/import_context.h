#pragma once

#include "importers/customer_directory.h"
#include "importers/import_report.h"
#include "store/email_fact_tables.h"

#include <QString>

namespace pvi {

class Database;
class Workspace;

/// The state of one file's import shared by the runner and the importer: the workspace, the
/// batch the rows belong to, the report being filled and the customers met so far.
class ImportContext {
public:
    /// Issues kept in the report (and stored) per file; further ones are only counted.
    static constexpr int kMaxIssues = 1000;

    ImportContext(Workspace& workspace, ImportReport& report, std::int64_t batchId);

    Workspace& workspace() { return m_workspace; }
    Database& db();
    ImportReport& report() { return m_report; }
    std::int64_t batchId() const { return m_batchId; }
    CustomerDirectory& customers() { return m_customers; }

    /// Records a problem that rejects the file (nothing of it will be written).
    void error(qint64 line, int column, const QString& code, const QString& message);
    /// Records a problem the import survives (the value is left out or defaulted).
    void warning(qint64 line, int column, const QString& code, const QString& message);
    bool hasErrors() const { return m_errors > 0; }
    /// Issues found in total, including those beyond kMaxIssues.
    qint64 issueCount() const { return m_issueCount; }
    /// Adds a closing note when issues were left out of the report.
    void finishIssues();

    /// Notes that the file wrote events of this campaign: its derived facts are rebuilt at the end.
    void noteEmailCampaign(const QString& platform, const QString& campaignKey);
    const EmailCampaignKeys& emailCampaigns() const { return m_emailCampaigns; }

private:
    void add(ImportIssue::Severity severity, qint64 line, int column, const QString& code,
             const QString& message);

    Workspace& m_workspace;
    ImportReport& m_report;
    std::int64_t m_batchId;
    CustomerDirectory m_customers;
    qint64 m_errors = 0;
    qint64 m_issueCount = 0;
    EmailCampaignKeys m_emailCampaigns;
    const EmailCampaignKey* m_lastEmailCampaign = nullptr; ///< events come campaign by campaign
};

} // namespace pvi
