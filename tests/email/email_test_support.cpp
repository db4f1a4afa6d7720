#include "email_test_support.h"

#include "importers/import_runner.h"
#include "store/workspace.h"
#include "test_paths.h"

#include <QFile>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

namespace pvi::test {

QString emailFixture(const QString& name) {
    return QStringLiteral(PVI_FIXTURES_DIR "/email/") + name;
}

QJsonObject emailReference(const QString& name) {
    QFile file(QStringLiteral(PVI_REFERENCE_DIR "/email/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

ImportReport importEmailFile(Workspace& workspace, const QString& path) {
    ImportOptions options;
    options.importedAt = QDateTime(QDate(2025, 5, 1), QTime(12, 0), Qt::UTC);
    return importFile(workspace, path, options, {});
}

QString issuesText(const ImportReport& report) {
    QString text = report.error + u'\n';
    for (const ImportIssue& issue : report.issues)
        text += QStringLiteral("%1:%2:%3 %4 %5\n")
                    .arg(issue.file)
                    .arg(issue.line)
                    .arg(issue.column)
                    .arg(issue.code, issue.message);
    return text;
}

bool hasIssue(const ImportReport& report, const QString& code) {
    for (const ImportIssue& issue : report.issues)
        if (issue.code == code)
            return true;
    return false;
}

qint64 queryCount(Workspace& workspace, const char* sql) {
    return workspace.db().queryInt(sql, -1);
}

bool near(double actual, double expected, double tolerance) {
    const bool ok = std::fabs(actual - expected) <= tolerance * std::max(1.0, std::fabs(expected));
    if (!ok)
        std::fprintf(stderr, "actual %.17g, expected %.17g (tolerance %g)\n", actual, expected,
                     tolerance);
    return ok;
}

} // namespace pvi::test
