#include "importers/import_report_json.h"

#include "importers/importer_registry.h"

#include <QFileInfo>
#include <QJsonArray>

namespace pvi {

namespace {

QString where(const ImportIssue& issue) {
    QString text = issue.file;
    if (issue.line > 0)
        text += QStringLiteral(":%1").arg(issue.line);
    if (issue.line > 0 && issue.column > 0)
        text += QStringLiteral(":%1").arg(issue.column);
    return text;
}

QString severityName(ImportIssue::Severity severity) {
    return severity == ImportIssue::Severity::Error ? QStringLiteral("error")
                                                    : QStringLiteral("warning");
}

} // namespace

QJsonObject importReportToJson(const ImportReport& r) {
    QJsonArray issues;
    for (const ImportIssue& issue : r.issues)
        issues.append(QJsonObject{{QStringLiteral("file"), issue.file},
                                  {QStringLiteral("line"), issue.line},
                                  {QStringLiteral("column"), issue.column},
                                  {QStringLiteral("severity"), severityName(issue.severity)},
                                  {QStringLiteral("code"), issue.code},
                                  {QStringLiteral("message"), issue.message}});
    return QJsonObject{
        {QStringLiteral("file"), r.file},
        {QStringLiteral("source"), r.source},
        {QStringLiteral("source_title"), r.sourceTitle},
        {QStringLiteral("ok"), r.ok},
        {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("error"), r.error},
        {QStringLiteral("batch_id"), r.batchId >= 0 ? QJsonValue(qint64(r.batchId)) : QJsonValue()},
        {QStringLiteral("rows_read"), qint64(r.rowsRead)},
        {QStringLiteral("records_added"), qint64(r.recordsAdded)},
        {QStringLiteral("records_updated"), qint64(r.recordsUpdated)},
        {QStringLiteral("records_unchanged"), qint64(r.recordsUnchanged)},
        {QStringLiteral("customers_added"), qint64(r.customersAdded)},
        {QStringLiteral("customers_matched"), qint64(r.customersMatched)},
        {QStringLiteral("guest_orders"), qint64(r.guestRecords)},
        {QStringLiteral("issues"), issues},
    };
}

QString recordNoun(const QString& source) {
    const ImporterSpec* spec = ImporterRegistry::instance().find(source);
    return spec ? importRecordsNoun(spec->records) : QStringLiteral("records");
}

QString importReportToText(const ImportReport& r) {
    QString text;
    const QString name = QFileInfo(r.file).fileName();
    const QString records = recordNoun(r.source);
    if (r.ok)
        text += QStringLiteral("%1: imported as %2 [%3], batch %4\n")
                    .arg(name, r.sourceTitle, r.source)
                    .arg(r.batchId);
    else if (r.cancelled)
        text += QStringLiteral("%1: cancelled, nothing was imported\n").arg(name);
    else
        text += QStringLiteral("%1: REJECTED, nothing was imported: %2\n").arg(name, r.error);
    if (r.ok)
        text += QStringLiteral("  rows read %1; %2 added %3, updated %4, unchanged %5; customers "
                               "added %6, matched %7%8\n")
                    .arg(r.rowsRead)
                    .arg(records)
                    .arg(r.recordsAdded)
                    .arg(r.recordsUpdated)
                    .arg(r.recordsUnchanged)
                    .arg(r.customersAdded)
                    .arg(r.customersMatched)
                    .arg(r.guestRecords > 0
                             ? QStringLiteral("; %1 guest orders (no e-mail)").arg(r.guestRecords)
                             : QString());
    for (const ImportIssue& issue : r.issues) {
        if (!r.ok && issue.message == r.error)
            continue; // already said on the first line
        text += QStringLiteral("  %1 %2: %3\n")
                    .arg(severityName(issue.severity), where(issue), issue.message);
    }
    return text;
}

} // namespace pvi
