// The facts derived from the e-mail events at import time (email_deliveries, email_clicks,
// email_engagement_days) say what the events say: after an import, counted independently from the
// export file itself; after a batch is removed, exactly what importing the rest alone gives; and a
// workspace written before they existed gets them filled when it is opened. The recipient rows'
// packed copy (email_delivery_runs) holds every row, in the order a refresh reads them, and a
// damaged one is an error, not a count.
#include "email_test_support.h"
#include "importers/import_batches.h"
#include "pvi/email/email_facts.h"
#include "pvi/engine/personalization_rules.h"
#include "store/database.h"
#include "store/db_error.h"
#include "store/email_delivery_runs.h"
#include "store/email_fact_tables.h"
#include "store/migrations.h"
#include "store/schema_sql.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

using namespace pvi;
using namespace pvi::test;
using namespace Qt::StringLiterals;

namespace {

constexpr const char* kFactTables[] = {"email_deliveries", "email_clicks", "email_engagement_days"};

/// The derived tables as text: numbers are looked up, since two workspaces number differently.
const std::map<std::string, std::string> kReadable = {
    {"email_deliveries",
     "SELECT c.platform, c.campaign_key, r.email, d.customer_id, lo.name, hi.name, "
     "d.first_sent_day, d.first_day, d.last_day, d.opened, d.clicked, d.unsubscribed, d.bounced "
     "FROM email_deliveries d JOIN email_fact_campaigns c USING (campaign_no) "
     "JOIN email_fact_recipients r USING (recipient_no) "
     "JOIN email_fact_names lo ON lo.name_no = d.min_name_no "
     "JOIN email_fact_names hi ON hi.name_no = d.max_name_no ORDER BY 1, 2, 3"},
    {"email_clicks", "SELECT c.platform, c.campaign_key, r.email, k.click_date, k.customer_id "
                     "FROM email_clicks k JOIN email_fact_campaigns c USING (campaign_no) "
                     "JOIN email_fact_recipients r USING (recipient_no) ORDER BY 1, 2, 3, 4, 5"},
    {"email_engagement_days",
     "SELECT g.customer_id, g.day, c.platform, c.campaign_key, g.opens, g.clicks "
     "FROM email_engagement_days g JOIN email_fact_campaigns c USING (campaign_no) "
     "ORDER BY 1, 2, 3, 4"},
};

/// Every row of a derived table, as text, in the order of its texts.
QStringList dump(Workspace& ws, const char* table) {
    QStringList rows;
    Statement stmt = ws.db().prepare(kReadable.at(table));
    while (stmt.step()) {
        QStringList fields;
        for (int c = 0; c < stmt.columnCount(); ++c)
            fields << (stmt.isNull(c) ? QStringLiteral("NULL") : stmt.columnText(c));
        rows << fields.join(u'|');
    }
    return rows;
}

/// Every recipient row of email_deliveries as numbers, in the order a refresh reads them.
QStringList deliveryRows(Workspace& ws) {
    QStringList rows;
    Statement stmt = ws.db().prepare(
        "SELECT first_sent_day, campaign_no, recipient_no, coalesce(customer_id, 0), min_name_no, "
        "max_name_no, first_day, last_day, opened, clicked, unsubscribed, bounced "
        "FROM email_deliveries ORDER BY first_sent_day, campaign_no, recipient_no");
    while (stmt.step()) {
        QStringList fields;
        for (int c = 0; c < stmt.columnCount(); ++c)
            fields << QString::number(stmt.columnInt64(c));
        rows << fields.join(u'|');
    }
    return rows;
}

/// What email_delivery_runs unpacks to, in the same layout and the order it is read in.
QStringList packedRows(Workspace& ws) {
    QStringList rows;
    readDeliveryRuns(ws.db(), [&](const DeliveryRun& run) {
        for (const PackedDelivery& d : run.deliveries)
            rows << QStringList{QString::number(run.firstSentDay),
                                QString::number(run.campaignNo),
                                QString::number(d.recipientNo),
                                QString::number(d.customerId),
                                QString::number(d.minNameNo),
                                QString::number(d.maxNameNo),
                                QString::number(d.firstDay),
                                QString::number(d.lastDay),
                                QString::number(int(d.opened)),
                                QString::number(int(d.clicked)),
                                QString::number(int(d.unsubscribed)),
                                QString::number(int(d.bounced))}
                        .join(u'|');
    });
    return rows;
}

/// Whether the packed runs hold exactly the recipient rows, in their order (says which first
/// differs when not).
bool runsHoldTheRows(Workspace& ws, QString* why) {
    const QStringList rows = deliveryRows(ws);
    const QStringList packed = packedRows(ws);
    if (rows.isEmpty()) {
        *why = u"no recipient row to compare"_s;
        return false;
    }
    for (qsizetype i = 0; i < std::max(rows.size(), packed.size()); ++i) {
        const QString row = i < rows.size() ? rows[i] : u"(none)"_s;
        const QString run = i < packed.size() ? packed[i] : u"(none)"_s;
        if (row != run) {
            *why = u"row %1 of %2: email_deliveries has %3, the runs %4"_s.arg(i)
                       .arg(rows.size())
                       .arg(row, run);
            return false;
        }
    }
    return true;
}

/// A new workspace in `dir` with the Mailchimp activity fixture imported, or null when it fails.
std::unique_ptr<Workspace> withActivity(const TempDir& dir) {
    auto ws =
        Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen).workspace;
    if (ws && !importEmailFile(*ws, emailFixture(QStringLiteral("mailchimp_activity.csv"))).ok)
        ws.reset();
    return ws;
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
    void aVersion8WorkspaceGetsItsFactsNumbered();
    void aVersion9WorkspaceGetsItsRowsByDay();
    void aNumberNoTableHoldsIsAnErrorNotAName();
    void aLongRunIsKeptInSeveralRows();
    void aDamagedRunIsAnErrorNamingIt();
};

void TestEmailFactTables::deliveriesSayWhatTheExportSays() {
    TempDir dir;
    auto ws =
        Workspace::open(dir.path(QStringLiteral("w.pvi")), Workspace::Mode::CreateOrOpen).workspace;
    QVERIFY(ws);
    const QString activity = emailFixture(QStringLiteral("mailchimp_activity.csv"));
    const ImportReport report = importEmailFile(*ws, activity);
    QVERIFY2(report.ok, qPrintable(issuesText(report)));

    QString why;
    QVERIFY2(runsHoldTheRows(*ws, &why), qPrintable(why));
    const auto expected = deliveriesOf(activity);
    QVERIFY(expected.size() > 50);
    std::map<std::pair<QString, QString>, Delivery> actual;
    Statement stmt = ws->db().prepare(
        "SELECT lo.name, r.email, d.opened, d.clicked, d.unsubscribed, hi.name "
        "FROM email_deliveries d JOIN email_fact_recipients r USING (recipient_no) "
        "JOIN email_fact_names lo ON lo.name_no = d.min_name_no "
        "JOIN email_fact_names hi ON hi.name_no = d.max_name_no");
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
    QString why;
    QVERIFY2(runsHoldTheRows(*both, &why), qPrintable(why));
}

namespace {

/// Imports orders and activity into a new workspace at `path`, turns it into what an older version
/// wrote by running `downgradeSql`, and returns the fact tables' rows before the downgrade.
std::map<QString, QStringList> importAndDowngrade(const QString& path,
                                                  const std::string& downgradeSql) {
    std::map<QString, QStringList> before;
    auto ws = Workspace::open(path, Workspace::Mode::CreateOrOpen).workspace;
    if (!ws)
        return before;
    for (const char* file : {"orders_for_email.csv", "mailchimp_activity.csv"}) {
        const ImportReport r = importEmailFile(*ws, emailFixture(QLatin1String(file)));
        if (!r.ok)
            return {};
    }
    for (const char* table : kFactTables)
        before[QLatin1String(table)] = dump(*ws, table);
    ws->db().exec(downgradeSql);
    return before;
}

/// Opens the downgraded workspace and compares its fact tables with `before`.
void verifyFactsFilledOnOpen(const QString& path, const std::map<QString, QStringList>& before) {
    QCOMPARE(before.size(), std::size(kFactTables));
    for (const auto& [table, rows] : before)
        QVERIFY2(!rows.isEmpty(), qPrintable(u"the import left %1 empty"_s.arg(table)));
    auto ws = Workspace::open(path, Workspace::Mode::OpenExisting).workspace;
    QVERIFY(ws);
    QCOMPARE(ws->schemaVersion(), latestSchemaVersion());
    for (const char* table : kFactTables)
        QVERIFY2(dump(*ws, table) == before.at(QLatin1String(table)),
                 qPrintable(u"%1 filled by the migration differs from the imported one"_s.arg(
                     QLatin1String(table))));
    QString why;
    QVERIFY2(runsHoldTheRows(*ws, &why), qPrintable(why));
}

constexpr const char* kDropVersion9 =
    "DROP TABLE email_delivery_runs; DROP TABLE email_deliveries; DROP TABLE email_clicks; DROP "
    "TABLE email_engagement_days; "
    "DROP TABLE email_fact_campaigns; DROP TABLE email_fact_recipients; "
    "DROP TABLE email_fact_names; ";

} // namespace

void TestEmailFactTables::anOlderWorkspaceGetsItsFactsWhenOpened() {
    TempDir dir;
    // What a version-5 workspace is: the same data without the derived tables, and without what
    // later versions added (version 7's segment tables, version 8's GA4 paths).
    const QString path = dir.path(QStringLiteral("v5.pvi"));
    const auto before = importAndDowngrade(
        path, std::string(kDropVersion9) +
                  "DROP TABLE segment_rules; DROP TABLE "
                  "audience_segments; DROP TABLE survey_segment_questions; DROP TABLE "
                  "survey_segment_answers; DROP TABLE ga4_conversion_paths; "
                  "UPDATE meta SET value = '5' WHERE key = 'schema_version';");
    verifyFactsFilledOnOpen(path, before);
}

void TestEmailFactTables::aVersion8WorkspaceGetsItsFactsNumbered() {
    TempDir dir;
    // Version 8 held the facts with their texts in each row (version 6's tables), here emptied
    // so that only the migration can fill the numbered ones.
    const QString path = dir.path(QStringLiteral("v8.pvi"));
    const auto before =
        importAndDowngrade(path, std::string(kDropVersion9) + kSchemaV6 +
                                     "UPDATE meta SET value = '8' WHERE key = 'schema_version';");
    verifyFactsFilledOnOpen(path, before);
}

void TestEmailFactTables::aVersion9WorkspaceGetsItsRowsByDay() {
    TempDir dir;
    // Version 9 kept the recipient rows by campaign and recipient, with no first sent day as
    // NULL: the migration keeps every row (NULL becomes 0), in day order.
    const QString path = dir.path(QStringLiteral("v9.pvi"));
    const std::string v9 = kSchemaV9;
    const std::size_t create = v9.find("CREATE TABLE email_deliveries");
    const std::string v9Table = v9.substr(create, v9.find(';', create) + 1 - create);
    const auto before = importAndDowngrade(
        path, "CREATE TEMP TABLE v9_rows AS SELECT * FROM email_deliveries; "
              "DROP TABLE email_delivery_runs; DROP TABLE email_deliveries; " +
                  v9Table +
                  "INSERT INTO email_deliveries SELECT campaign_no, recipient_no, customer_id, "
                  "min_name_no, max_name_no, nullif(first_sent_day, 0), first_day, last_day, "
                  "opened, clicked, unsubscribed, bounced FROM v9_rows; "
                  "UPDATE meta SET value = '9' WHERE key = 'schema_version';");
    // The fixture's recipients all have a sent event: one row is given none, as version 9 held it.
    auto expected = before;
    QString& row = expected.at(QStringLiteral("email_deliveries")).first();
    QStringList fields = row.split(u'|');
    {
        Database db(path, Database::OpenMode::ReadWrite);
        Statement unsent = db.prepare(
            "UPDATE email_deliveries SET first_sent_day = NULL WHERE campaign_no = (SELECT "
            "campaign_no FROM email_fact_campaigns WHERE platform = ?1 AND campaign_key = ?2) AND "
            "recipient_no = (SELECT recipient_no FROM email_fact_recipients WHERE email = ?3)");
        unsent.bind(1, fields[0]).bind(2, fields[1]).bind(3, fields[2]);
        unsent.run();
        QCOMPARE(db.changes(), 1);
    }
    fields[6] = QStringLiteral("0");
    row = fields.join(u'|');
    verifyFactsFilledOnOpen(path, expected);

    auto ws = Workspace::open(path, Workspace::Mode::OpenExisting).workspace;
    QVERIFY(ws);
    const std::vector<EmailDelivery> deliveries =
        EmailFacts::load(*ws, PersonalizationRules::list(*ws)).deliveries;
    QVERIFY(!deliveries.empty());
    QVERIFY2(std::is_sorted(
                 deliveries.begin(), deliveries.end(),
                 [](const EmailDelivery& a, const EmailDelivery& b) { return a.day < b.day; }),
             "the deliveries are not by day");
}

void TestEmailFactTables::aNumberNoTableHoldsIsAnErrorNotAName() {
    // A workspace edited by another program: the deliveries name campaign names by numbers its
    // numbering table no longer holds. Reading the facts must fail, not count nameless campaigns.
    TempDir dir;
    const auto ws = withActivity(dir);
    QVERIFY(ws);
    const std::vector<PersonalizationRule> rules = PersonalizationRules::list(*ws);
    QVERIFY(!EmailFacts::load(*ws, rules).deliveries.empty());
    for (const char* table : {"email_fact_names", "email_fact_campaigns"}) {
        ws->db().exec("SAVEPOINT edit; DELETE FROM " + std::string(table) + ";");
        QVERIFY_THROWS_EXCEPTION(DbError, EmailFacts::load(*ws, rules));
        ws->db().exec("ROLLBACK TO edit; RELEASE edit;");
    }
}

void TestEmailFactTables::aLongRunIsKeptInSeveralRows() {
    // A campaign sent to more recipients in a day than one row packs: its rows are split, each
    // keyed by its first recipient, and read back whole and in order.
    TempDir dir;
    const auto ws = withActivity(dir);
    QVERIFY(ws);
    const qint64 day = 2461000;
    const auto extra = static_cast<std::int64_t>(kMaxPackedDeliveriesPerRow) + 3;
    {
        ws->db().exec("BEGIN");
        Statement insert = ws->db().prepare(
            "INSERT INTO email_deliveries(first_sent_day, campaign_no, recipient_no, customer_id, "
            "min_name_no, max_name_no, first_day, last_day, opened, clicked, unsubscribed, "
            "bounced) SELECT ?1, min(campaign_no), ?2, NULL, 1, 1, ?1, ?1 + ?2 % 3, ?2 % 2, "
            "?2 % 3 = 0, ?2 % 5 = 0, ?2 % 7 = 0 FROM email_fact_campaigns");
        for (std::int64_t k = 1; k <= extra; ++k) {
            insert.bind(1, static_cast<std::int64_t>(day)).bind(2, 1000000 + 2 * k).run();
            insert.reset();
        }
        ws->db().exec("COMMIT");
    }
    packEveryDeliveryRun(ws->db());
    Statement parts = ws->db().prepare(
        "SELECT count(*), sum(deliveries) FROM email_delivery_runs WHERE first_sent_day = ?1");
    parts.bind(1, static_cast<std::int64_t>(day));
    QVERIFY(parts.step());
    QCOMPARE(parts.columnInt64(0), std::int64_t(2));
    QCOMPARE(parts.columnInt64(1), extra);
    QString why;
    QVERIFY2(runsHoldTheRows(*ws, &why), qPrintable(why));
    QCOMPARE(packedDeliveryCount(ws->db()),
             queryCount(*ws, "SELECT count(*) FROM email_deliveries"));
}

void TestEmailFactTables::aDamagedRunIsAnErrorNamingIt() {
    // A workspace edited or damaged elsewhere: a packed run that is not what packing writes is an
    // error naming the table, never deliveries read from the wrong bytes.
    TempDir dir;
    const auto ws = withActivity(dir);
    QVERIFY(ws);
    const std::vector<PersonalizationRule> rules = PersonalizationRules::list(*ws);
    QVERIFY(!EmailFacts::load(*ws, rules).deliveries.empty());
    const std::int64_t runId = queryCount(
        *ws, "SELECT rowid FROM email_delivery_runs WHERE deliveries >= 2 ORDER BY rowid LIMIT 1");
    QVERIFY(runId > 0);
    std::vector<unsigned char> packed;
    std::int64_t count = 0;
    {
        Statement read =
            ws->db().prepare("SELECT packed, deliveries FROM email_delivery_runs WHERE rowid = ?1");
        read.bind(1, runId);
        QVERIFY(read.step());
        const auto bytes = read.columnBlob(0);
        packed.assign(bytes.begin(), bytes.end());
        count = read.columnInt64(1);
    }
    const std::size_t record = packed.size() / static_cast<std::size_t>(count);
    QCOMPARE(record * static_cast<std::size_t>(count), packed.size());
    using Bytes = std::vector<unsigned char>;
    std::vector<std::tuple<const char*, Bytes, std::int64_t>> damages;
    damages.emplace_back("a byte short", Bytes(packed.begin(), packed.end() - 1), count);
    damages.emplace_back("a count too high", packed, count + 1);
    Bytes flagged = packed;
    flagged[record - 1] |= 0x80; // the first record's flags
    damages.emplace_back("an unknown flag", flagged, count);
    Bytes swapped = packed;
    std::swap_ranges(swapped.begin(), swapped.begin() + std::ptrdiff_t(record),
                     swapped.begin() + std::ptrdiff_t(record));
    damages.emplace_back("two recipients swapped", swapped, count);
    for (const auto& [what, bytes, deliveries] : damages) {
        ws->db().exec("SAVEPOINT edit;");
        Statement edit = ws->db().prepare(
            "UPDATE email_delivery_runs SET packed = ?1, deliveries = ?2 WHERE rowid = ?3");
        edit.bindBlob(1, bytes).bind(2, deliveries).bind(3, runId).run();
        QString message;
        try {
            EmailFacts::load(*ws, rules);
        } catch (const DbError& e) {
            message = e.message();
        }
        ws->db().exec("ROLLBACK TO edit; RELEASE edit;");
        QVERIFY2(message.contains(u"email_delivery_runs"_s) && message.contains(u"damaged"_s),
                 qPrintable(u"%1: expected an error naming the damaged run, got \"%2\""_s.arg(
                     QLatin1String(what), message)));
    }
    QVERIFY(!EmailFacts::load(*ws, rules).deliveries.empty());
}

PVI_TEST_CLASS(TestEmailFactTables)
#include "test_email_fact_tables.moc"
