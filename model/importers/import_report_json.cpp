#include "importers/import_report_json.h"

#include <QFileInfo>
#include <QHash>
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
        {QStringLiteral("issues"), issues},
    };
}

QString recordNoun(const QString& source) {
    static const QHash<QString, QString> nouns = {
        {QStringLiteral("shopify-customers"), QStringLiteral("customer records")},
        {QStringLiteral("mailchimp-campaigns"), QStringLiteral("campaigns")},
        {QStringLiteral("klaviyo-campaigns"), QStringLiteral("campaigns")},
        {QStringLiteral("mailchimp-audience"), QStringLiteral("audience members")},
        {QStringLiteral("klaviyo-profiles"), QStringLiteral("profiles")},
        {QStringLiteral("mailchimp-activity"), QStringLiteral("email events")},
        {QStringLiteral("google-forms"), QStringLiteral("survey responses")},
        {QStringLiteral("surveymonkey"), QStringLiteral("survey responses")},
        {QStringLiteral("typeform"), QStringLiteral("survey responses")},
        {QStringLiteral("ga4-landing-pages"), QStringLiteral("landing-page rows")},
        {QStringLiteral("ua-landing-pages"), QStringLiteral("landing-page rows")},
        {QStringLiteral("ga4-conversion-paths"), QStringLiteral("conversion paths")},
        {QStringLiteral("costs"), QStringLiteral("cost rows")},
        {QStringLiteral("customer-list"), QStringLiteral("list members")},
        {QStringLiteral("experiment-visitors"), QStringLiteral("experiments")},
        {QStringLiteral("experiment-totals"), QStringLiteral("experiments")},
    };
    return nouns.value(source, QStringLiteral("orders"));
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
                               "added %6, matched %7\n")
                    .arg(r.rowsRead)
                    .arg(records)
                    .arg(r.recordsAdded)
                    .arg(r.recordsUpdated)
                    .arg(r.recordsUnchanged)
                    .arg(r.customersAdded)
                    .arg(r.customersMatched);
    for (const ImportIssue& issue : r.issues) {
        if (!r.ok && issue.message == r.error)
            continue; // already said on the first line
        text += QStringLiteral("  %1 %2: %3\n")
                    .arg(severityName(issue.severity), where(issue), issue.message);
    }
    return text;
}

} // namespace pvi
