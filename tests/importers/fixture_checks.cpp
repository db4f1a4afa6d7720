#include "fixture_checks.h"

#include "test_paths.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace pvi::test {

QDateTime pinnedImportTime() {
    return QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
}

ImportOptions pinnedImportOptions() {
    ImportOptions options;
    options.importedAt = pinnedImportTime();
    return options;
}

QString shopifyFixture(const QString& relative) {
    return QStringLiteral(PVI_FIXTURES_DIR "/shopify/") + relative;
}

QString importerFixture(const QString& relative) {
    return QStringLiteral(PVI_FIXTURES_DIR "/importers/") + relative;
}

QJsonObject readJsonObject(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

int countIssues(const ImportReport& report, ImportIssue::Severity severity) {
    return static_cast<int>(
        std::count_if(report.issues.begin(), report.issues.end(),
                      [severity](const ImportIssue& issue) { return issue.severity == severity; }));
}

QString describeIssues(const ImportReport& report) {
    QString text = report.error + u'\n';
    for (const ImportIssue& issue : report.issues)
        text += QStringLiteral("%1:%2:%3 [%4] %5\n")
                    .arg(issue.file)
                    .arg(issue.line)
                    .arg(issue.column)
                    .arg(issue.code, issue.message);
    return text;
}

} // namespace pvi::test
