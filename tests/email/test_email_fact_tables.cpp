// The facts derived from the e-mail events at import time (email_deliveries, email_clicks,
// email_engagement_days) say what the events say: after an import, counted independently from the
// export file itself; after a batch is removed, exactly what importing the rest alone gives; and a
// workspace written before they existed gets them filled when it is opened.
#include "email_test_support.h"
#include "importers/import_batches.h"
#include "store/database.h"
#include "store/email_fact_tables.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QFile>
#include <QTest>

#include <map>
#include <tuple>

using namespace pvi;
using namespace pvi::test;
using namespace Qt::StringLiterals;

namespace {

constexpr const char* kFactTables[] = {"email_deliveries", "email_clicks", "email_engagement_days"};

/// Every row of a derived table, as text, in primary-key order.
QStringList dump(Workspace& ws, const char* table) {
    QStringList rows;
    Statement stmt = ws.db().prepare(std::string("SELECT * FROM ") + table);
    while (stmt.step()) {
        QStringList fields;
        for (int c = 0; c < stmt.columnCount(); ++c)
            fields << (stmt.isNull(c) ? QStringLiteral("NULL") : stmt.columnText(c));
        rows << fields.join(u'|');
    }
    return rows;
}

/// The activity fixture's lines, split in two files that share campaigns (odd and even rows).
std::pair<QString, QString> splitActivity(const TempDir& dir) {
    QFile in(emailFixture(QStringLiteral("mailchimp_activity.csv")));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = in.readAll().split('\n');
    QByteArray first = lines[0] + '\n', second = lines[0] + '\n';
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty())
            (i % 2 ? first : second) += lines[i] + '\n';
    }
    const QString a = dir.path(QStringLiteral("activity_odd.csv"));
    const QString b = dir.path(QStringLiteral("activity_even.csv"));
    for (const auto& [path, bytes] : {std::pair{a, first}, std::pair{b, second}}) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return {};
    }
    return {a, b};
}

struct Delivery {
    bool opened = false, clicked = false, unsubscribed = false;
};

/// The recipients × campaigns of an activity file, counted from its text (not from SQL).
std::map<std::pair<QString, QString>, Delivery> deliveriesOf(const QString& path) {
    std::map<std::pair<QString, QString>, Delivery> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = QString::fromUtf8(lines[i]).trimmed().split(u',');
        if (f.size() < 4)
            continue;
        Delivery& d = result[{f[1], f[0].toLower()}];
        d.opened = d.opened || f[2] == u"opened";
        d.clicked = d.clicked || f[2] == u"clicked";
        d.unsubscribed = d.unsubscribed || f[2] == u"unsubscribed";
    }
    return result;
}

} // namespace

class TestEmailFactTables : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deliveriesSayWhatTheExportSays();
    void removingABatchLeavesTheFactsOfTheRest();
    void anOlderWorkspaceGetsItsFactsWhenOpened();
};

void TestEmailFactTables::deliveriesSayWhatTheExportSays() {
    TempDir dir;
    auto ws =
        Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen).workspace;
    QVERIFY(ws);
    const QString activity = emailFixture(QStringLiteral("mailchimp_activity.csv"));
    const ImportReport report = importEmailFile(*ws, activity);
    QVERIFY2(report.ok, qPrintable(issuesText(report)));

    const auto expected = deliveriesOf(activity);
    QVERIFY(expected.size() > 50);
    std::map<std::pair<QString, QString>, Delivery> actual;
    Statement stmt = ws->db().prepare("SELECT min_name, email, opened, clicked, unsubscribed, "
                                      "max_name FROM email_deliveries");
    while (stmt.step()) {
        QCOMPARE(stmt.columnText(5), stmt.columnText(0));
        actual[{stmt.columnText(0), stmt.columnText(1)}] = {
            stmt.columnInt(2) != 0, stmt.columnInt(3) != 0, stmt.columnInt(4) != 0};
    }
    QCOMPARE(actual.size(), expected.size());
    for (const auto& [key, d] : expected) {
        const auto it = actual.find(key);
        QVERIFY2(it != actual.end(),
                 qPrintable(u"no delivery of %1 to %2"_s.arg(key.first, key.second)));
        QVERIFY2(std::tie(it->second.opened, it->second.clicked, it->second.unsubscribed) ==
                     std::tie(d.opened, d.clicked, d.unsubscribed),
                 qPrintable(u"%1 to %2: opened/clicked/unsubscribed differ from the export"_s.arg(
                     key.first, key.second)));
    }
}

void TestEmailFactTables::removingABatchLeavesTheFactsOfTheRest() {
    TempDir dir;
    const auto [odd, even] = splitActivity(dir);
    QVERIFY(!odd.isEmpty());
    const QString orders = emailFixture(QStringLiteral("orders_for_email.csv"));

    auto both = Workspace::open(dir.path(QStringLiteral("both.pvi")), Workspace::Mode::CreateOrOpen)
                    .workspace;
    auto oddOnly =
        Workspace::open(dir.path(QStringLiteral("odd.pvi")), Workspace::Mode::CreateOrOpen)
            .workspace;
    QVERIFY(both && oddOnly);
    for (Workspace* ws : {both.get(), oddOnly.get()}) {
        const ImportReport r = importEmailFile(*ws, orders);
        QVERIFY2(r.ok, qPrintable(issuesText(r)));
        const ImportReport a = importEmailFile(*ws, odd);
        QVERIFY2(a.ok, qPrintable(issuesText(a)));
    }
    const ImportReport b = importEmailFile(*both, even);
    QVERIFY2(b.ok, qPrintable(issuesText(b)));
    for (const char* table : {"email_clicks", "email_engagement_days"})
        QVERIFY2(queryCount(*both, (std::string("SELECT count(*) FROM ") + table).c_str()) > 0,
                 qPrintable(u"the known customers' opens and clicks left no %1 row"_s.arg(
                     QLatin1String(table))));
    QVERIFY(dump(*both, "email_deliveries") != dump(*oddOnly, "email_deliveries"));

    QString error;
    QVERIFY2(removeImportBatch(*both, b.batchId, &error), qPrintable(error));
    for (const char* table : kFactTables)
        QVERIFY2(dump(*both, table) == dump(*oddOnly, table),
                 qPrintable(u"%1 after removing the second activity file differs from importing "
                            "the first alone"_s.arg(QLatin1String(table))));
}

void TestEmailFactTables::anOlderWorkspaceGetsItsFactsWhenOpened() {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.pvi"));
    std::map<QString, QStringList> before;
    {
        auto ws = Workspace::open(path, Workspace::Mode::CreateOrOpen).workspace;
        QVERIFY(ws);
        for (const char* file : {"orders_for_email.csv", "mailchimp_activity.csv"}) {
            const ImportReport r = importEmailFile(*ws, emailFixture(QLatin1String(file)));
            QVERIFY2(r.ok, qPrintable(issuesText(r)));
        }
        for (const char* table : kFactTables) {
            before[QLatin1String(table)] = dump(*ws, table);
            QVERIFY(!before[QLatin1String(table)].isEmpty());
        }
        // What a version-5 workspace is: the same data without the derived tables, and without
        // what later versions added (version 7's segment tables, version 8's GA4 paths).
        ws->db().exec("DROP TABLE email_deliveries; DROP TABLE email_clicks; DROP TABLE "
                      "email_engagement_days; DROP TABLE segment_rules; DROP TABLE "
                      "audience_segments; DROP TABLE survey_segment_questions; DROP TABLE "
                      "survey_segment_answers; DROP TABLE ga4_conversion_paths; "
                      "UPDATE meta SET value = '5' WHERE key = "
                      "'schema_version';");
    }
    auto ws = Workspace::open(path, Workspace::Mode::OpenExisting).workspace;
    QVERIFY(ws);
    QCOMPARE(ws->schemaVersion(), latestSchemaVersion());
    for (const char* table : kFactTables)
        QVERIFY2(dump(*ws, table) == before[QLatin1String(table)],
                 qPrintable(u"%1 filled by the migration differs from the imported one"_s.arg(
                     QLatin1String(table))));
}

PVI_TEST_CLASS(TestEmailFactTables)
#include "test_email_fact_tables.moc"
