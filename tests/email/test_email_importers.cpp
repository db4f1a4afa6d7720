// The email importers on fixtures laid out like the real exports (FORMATS.md §3, §4): detection,
// stored counts against the pandas reference (tests/reference/email/make_reference.py), A/B arms,
// encodings, derived counts, the customer match report, pseudonymization and bad input.
#include "email_test_support.h"
#include "importers/importer_registry.h"
#include "importers/mailchimp_groups.h"
#include "io/csv_reader.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QTest>

using namespace pvi;
using namespace pvi::test;

namespace {

std::unique_ptr<Workspace> freshWorkspace(const TempDir& dir, const QString& name) {
    return Workspace::open(dir.path(name), Workspace::Mode::CreateOrOpen).workspace;
}

QString text(Workspace& ws, const QString& sql) {
    Statement stmt = ws.db().prepare(sql.toStdString());
    return stmt.step() ? stmt.columnText(0) : QString();
}

} // namespace

class TestEmailImporters : public QObject {
    Q_OBJECT

private:
    TempDir m_dir;
    QJsonObject m_expected = emailReference(QStringLiteral("expected.json"));

private Q_SLOTS:
    void detection_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::newRow("mailchimp own spelling") << "mailchimp_campaigns_export.csv"
                                                << "mailchimp-campaigns";
        QTest::newRow("mailchimp re-saved") << "mailchimp_campaigns_resaved.csv"
                                            << "mailchimp-campaigns";
        QTest::newRow("mailchimp rates only") << "mailchimp_campaigns_rates_only.csv"
                                              << "mailchimp-campaigns";
        QTest::newRow("subscribed") << "subscribed_members_export_4de65ff335.csv"
                                    << "mailchimp-audience";
        QTest::newRow("unsubscribed") << "unsubscribed_members_export_4de65ff335.csv"
                                      << "mailchimp-audience";
        QTest::newRow("cleaned") << "cleaned_members_export_4de65ff335.csv"
                                 << "mailchimp-audience";
        QTest::newRow("klaviyo comma") << "klaviyo_campaigns_export.csv"
                                       << "klaviyo-campaigns";
        QTest::newRow("klaviyo tab") << "klaviyo_campaigns_export.tsv"
                                     << "klaviyo-campaigns";
        QTest::newRow("klaviyo profiles") << "klaviyo_profiles_export.csv"
                                          << "klaviyo-profiles";
        QTest::newRow("activity") << "mailchimp_activity.csv"
                                  << "mailchimp-activity";
    }
    void detection() {
        QFETCH(QString, file);
        QFETCH(QString, source);
        CsvReader reader;
        QVERIFY(reader.open(emailFixture(file)));
        CsvRow header;
        QVERIFY(reader.readRow(header));
        const DetectionResult detected = ImporterRegistry::instance().detect(header.fields);
        QVERIFY2(detected.spec, qPrintable(file));
        QCOMPARE(detected.spec->id, source);
    }

    void mailchimpOwnSpelling() {
        auto ws = freshWorkspace(m_dir, QStringLiteral("own.pvi"));
        const ImportReport report =
            importEmailFile(*ws, emailFixture(QStringLiteral("mailchimp_campaigns_export.csv")));
        QVERIFY2(report.ok, qPrintable(issuesText(report)));
        const QJsonObject exp = m_expected[u"campaigns"].toObject();
        QCOMPARE(report.recordsAdded, exp[u"rows"].toInteger());
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM email_campaigns WHERE ab_arm IS NOT NULL"),
                 exp[u"ab_arms"].toInteger());
        // Both arms share the A/B campaign's name: "[P] Your favourites are back".
        QCOMPARE(queryCount(*ws, "SELECT count(DISTINCT ab_group) FROM email_campaigns WHERE "
                                 "ab_group = '[P] Your favourites are back'"),
                 qint64(1));
        QCOMPARE(text(*ws, QStringLiteral("SELECT group_concat(ab_arm, '/') FROM (SELECT ab_arm "
                                          "FROM email_campaigns WHERE ab_arm IS NOT NULL ORDER "
                                          "BY ab_arm)")),
                 QStringLiteral("Combo 1/Combo 2"));
        // Counts are stored as written (hand-checked: row 2 of the fixture).
        QCOMPARE(queryCount(*ws, "SELECT unique_opens FROM email_campaigns WHERE name = "
                                 "'[P] Spring picks, for you'"),
                 qint64(412));
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM email_campaigns WHERE counts_derived = 1"),
                 qint64(0));
        // Importing the same file again changes nothing.
        const ImportReport again =
            importEmailFile(*ws, emailFixture(QStringLiteral("mailchimp_campaigns_export.csv")));
        QVERIFY(again.ok);
        QCOMPARE(again.recordsUnchanged, exp[u"rows"].toInteger());
        QCOMPARE(again.recordsAdded, qint64(0));
    }

    void mailchimpResavedMacRoman() {
        auto ws = freshWorkspace(m_dir, QStringLiteral("resaved.pvi"));
        const ImportReport report =
            importEmailFile(*ws, emailFixture(QStringLiteral("mailchimp_campaigns_resaved.csv")));
        QVERIFY2(report.ok, qPrintable(issuesText(report)));
        const QJsonObject exp = m_expected[u"resaved"].toObject();
        QCOMPARE(report.recordsAdded, exp[u"rows"].toInteger());
        QVERIFY(report.sourceTitle.contains(QStringLiteral("re-saved")));
        QVERIFY2(hasIssue(report, QStringLiteral("mac-roman")), qPrintable(issuesText(report)));
        QCOMPARE(queryCount(*ws, "SELECT sum(delivered) FROM email_campaigns"),
                 exp[u"delivered"].toInteger());
        QCOMPARE(queryCount(*ws, "SELECT sum(unique_opens) FROM email_campaigns"),
                 exp[u"opens"].toInteger());
        QCOMPARE(text(*ws, QStringLiteral("SELECT subject FROM email_campaigns ORDER BY name "
                                          "LIMIT 1 OFFSET 1")),
                 exp[u"subject0"].toString());
        QCOMPARE(
            text(*ws, QStringLiteral("SELECT name FROM email_campaigns ORDER BY name LIMIT 1")),
            exp[u"title2"].toString());
        // 5/6/25 11:29 is 6 May 2025 (month first, as Excel for Mac wrote it).
        QCOMPARE(text(*ws, QStringLiteral("SELECT min(send_date) FROM email_campaigns")),
                 QStringLiteral("2025-05-06"));
    }

    void countsFromRates() {
        auto ws = freshWorkspace(m_dir, QStringLiteral("rates.pvi"));
        const ImportReport report = importEmailFile(
            *ws, emailFixture(QStringLiteral("mailchimp_campaigns_rates_only.csv")));
        QVERIFY2(report.ok, qPrintable(issuesText(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("count-from-rate")),
                 qPrintable(issuesText(report)));
        const QJsonObject exp = m_expected[u"rates_only"].toObject();
        Statement stmt = ws->db().prepare("SELECT unique_opens, unique_clicks, counts_derived FROM "
                                          "email_campaigns ORDER BY send_date");
        for (int i = 0; i < 2; ++i) {
            QVERIFY(stmt.step());
            QCOMPARE(stmt.columnInt64(0), exp[u"opens"].toArray()[i].toInteger());
            QCOMPARE(stmt.columnInt64(1), exp[u"clicks"].toArray()[i].toInteger());
            QCOMPARE(stmt.columnInt64(2), qint64(1));
        }
    }

    void audienceThreeFiles() {
        auto ws = freshWorkspace(m_dir, QStringLiteral("audience.pvi"));
        qint64 added = 0;
        for (const char* name : {"subscribed_members_export_4de65ff335.csv",
                                 "unsubscribed_members_export_4de65ff335.csv",
                                 "cleaned_members_export_4de65ff335.csv"}) {
            const ImportReport report =
                importEmailFile(*ws, emailFixture(QString::fromLatin1(name)));
            QVERIFY2(report.ok, qPrintable(issuesText(report)));
            added += report.customersAdded;
        }
        const QJsonObject exp = m_expected[u"audience"].toObject();
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM audience"), exp[u"members"].toInteger());
        QCOMPARE(added, exp[u"members"].toInteger());
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM audience WHERE email = 'ben@example.com'"),
                 qint64(1));
        QCOMPARE(text(*ws, QStringLiteral("SELECT reason FROM audience WHERE email = "
                                          "'gus@example.com'")),
                 exp[u"reason_gus"].toString());
        QCOMPARE(text(*ws, QStringLiteral("SELECT campaign FROM audience WHERE email = "
                                          "'gus@example.com'")),
                 exp[u"campaign_gus"].toString());
        QCOMPARE(text(*ws, QStringLiteral("SELECT change_date FROM audience WHERE email = "
                                          "'kai@example.com'")),
                 QStringLiteral("2025-03-06"));
        // Mailchimp's TAGS ("Wholesale","VIP") are kept for segmenting: audience_segments.
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM audience_segments WHERE kind = 'tag' AND "
                                 "customer_id IS NOT NULL"),
                 qint64(3));
        QCOMPARE(text(*ws, QStringLiteral("SELECT group_concat(label, '|') FROM (SELECT label "
                                          "FROM audience_segments WHERE kind = 'tag' AND "
                                          "email = 'anna@example.com' ORDER BY label)")),
                 QStringLiteral("VIP|Wholesale"));
        QCOMPARE(text(*ws, QStringLiteral("SELECT label FROM audience_segments WHERE kind = 'tag' "
                                          "AND email = 'ben@example.com'")),
                 QStringLiteral("VIP"));
        // The "Favourite bakes" column is an interest-group category: one label per group,
        // "Category: Group", the backslash-escaped comma kept inside the group's name.
        QCOMPARE(text(*ws, QStringLiteral("SELECT group_concat(label, '|') FROM (SELECT label "
                                          "FROM audience_segments WHERE kind = 'group' AND "
                                          "email = 'anna@example.com' ORDER BY label)")),
                 QStringLiteral("Favourite bakes: Bread, rolls|Favourite bakes: Cakes"));
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM audience_segments WHERE kind = 'group'"),
                 qint64(5));
        QCOMPARE(queryCount(*ws, "SELECT count(DISTINCT label) FROM audience_segments WHERE "
                                 "kind = 'group'"),
                 qint64(3));
        // The Klaviyo profiles then match anna (known) and add the four others.
        const ImportReport profiles =
            importEmailFile(*ws, emailFixture(QStringLiteral("klaviyo_profiles_export.csv")));
        QVERIFY2(profiles.ok, qPrintable(issuesText(profiles)));
        QCOMPARE(profiles.customersMatched, qint64(1));
        QCOMPARE(profiles.customersAdded, qint64(4));
        QCOMPARE(text(*ws, QStringLiteral("SELECT group_concat(status, ',') FROM (SELECT status "
                                          "FROM audience WHERE platform = 'klaviyo' ORDER BY "
                                          "email)")),
                 QStringLiteral("subscribed,unsubscribed,cleaned,never_subscribed,subscribed"));
    }

    void mailchimpGroupColumnsAreJudgedOnTheFile() {
        // Default merge fields are never groups; a custom field holding numbers, or more distinct
        // names than an audience has groups, is a merge field; short repeated names are groups.
        const HeaderMap header(
            columnNames({"Email Address", "First Name", "Store number", "Nickname", "Interests",
                         "MEMBER_RATING", "OPTIN_TIME"}));
        MailchimpGroupColumns columns(header);
        const int members = MailchimpGroupColumns::kMaxGroups + 1;
        for (int i = 0; i < members; ++i)
            columns.addMember(QStringLiteral("m%1@example.com").arg(i),
                              {QStringLiteral("m%1@example.com").arg(i), QStringLiteral("Ann"),
                               QString::number(100 + i % 3), QStringLiteral("nick%1").arg(i),
                               i % 2 ? QStringLiteral("Bread, Cakes") : QString(),
                               QStringLiteral("3"), QString()});
        QCOMPARE(columns.categories(), QStringList{QStringLiteral("Interests")});
        const auto groups = columns.groups();
        QCOMPARE(int(groups.size()), members); // every member, to clear groups stored before
        QCOMPARE(groups[1].labels, (QStringList{QStringLiteral("Interests: Bread"),
                                                QStringLiteral("Interests: Cakes")}));
        QVERIFY2(groups[0].labels.isEmpty(), "a member without groups gets no label");
        QCOMPARE(mailchimpGroupNames(QStringLiteral("Cakes\\, tarts, Bread")),
                 (QStringList{QStringLiteral("Cakes, tarts"), QStringLiteral("Bread")}));
    }

    void klaviyoCampaigns_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("comma, rates with %") << "klaviyo_campaigns_export.csv";
        QTest::newRow("tab, fractions") << "klaviyo_campaigns_export.tsv";
    }
    void klaviyoCampaigns() {
        QFETCH(QString, file);
        auto ws = freshWorkspace(m_dir, file + QStringLiteral(".pvi"));
        const ImportReport report = importEmailFile(*ws, emailFixture(file));
        QVERIFY2(report.ok, qPrintable(issuesText(report)));
        const QJsonObject exp = m_expected[u"klaviyo"].toObject()[file].toObject();
        QCOMPARE(report.rowsRead, exp[u"rows"].toInteger());
        QCOMPARE(report.recordsAdded, exp[u"email_campaigns"].toInteger());
        QVERIFY(hasIssue(report, QStringLiteral("sms-skipped")));
        QCOMPARE(queryCount(*ws, "SELECT sum(delivered) FROM email_campaigns"),
                 exp[u"delivered"].toInteger());
        QCOMPARE(queryCount(*ws, "SELECT sum(unique_opens) FROM email_campaigns"),
                 exp[u"opens"].toInteger());
        QCOMPARE(queryCount(*ws, "SELECT sum(orders) FROM email_campaigns"),
                 exp[u"orders"].toInteger());
        QVERIFY(
            near(text(*ws, QStringLiteral("SELECT sum(revenue) FROM email_campaigns")).toDouble(),
                 exp[u"revenue"].toDouble()));
        QCOMPARE(text(*ws, QStringLiteral("SELECT subject FROM email_campaigns ORDER BY send_date "
                                          "LIMIT 1 OFFSET 1")),
                 exp[u"subject1"].toString());
    }

    void activity() {
        auto ws = freshWorkspace(m_dir, QStringLiteral("activity.pvi"));
        const ImportReport report =
            importEmailFile(*ws, emailFixture(QStringLiteral("mailchimp_activity.csv")));
        QVERIFY2(report.ok, qPrintable(issuesText(report)));
        QCOMPARE(report.recordsAdded, report.rowsRead);
        const QJsonObject exp = m_expected[u"activity"].toObject();
        QCOMPARE(report.customersAdded, exp[u"customers"].toInteger());
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM email_events WHERE event = 'sent'"),
                 exp[u"sends"].toInteger());
        const ImportReport again =
            importEmailFile(*ws, emailFixture(QStringLiteral("mailchimp_activity.csv")));
        QCOMPARE(again.recordsUnchanged, report.rowsRead);
        QCOMPARE(again.customersMatched, exp[u"customers"].toInteger());
    }

    void pseudonymizedEmails() {
        auto ws = freshWorkspace(m_dir, QStringLiteral("pseudo.pvi"));
        ws->setSetting(QStringLiteral("pseudonymize_emails"), QStringLiteral("1"));
        for (const char* name :
             {"subscribed_members_export_4de65ff335.csv", "klaviyo_profiles_export.csv",
              "orders_for_email.csv", "mailchimp_activity.csv"}) {
            const ImportReport report =
                importEmailFile(*ws, emailFixture(QString::fromLatin1(name)));
            QVERIFY2(report.ok, qPrintable(issuesText(report)));
        }
        // anna is in the Mailchimp audience and the Klaviyo profiles: one customer.
        QCOMPARE(queryCount(*ws, "SELECT count(DISTINCT customer_id) FROM audience a WHERE "
                                 "(SELECT count(*) FROM audience b WHERE b.email = a.email) = 2"),
                 qint64(1));
        // r21 ordered as R21@Example.com and is in the activity (three sends a week for four
        // weeks): the same customer.
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM orders o JOIN email_events e ON "
                                 "e.customer_id = o.customer_id WHERE o.name = '#5004' AND "
                                 "e.event = 'sent'"),
                 qint64(12));
        // No address is stored anywhere.
        for (const char* sql : {"SELECT count(*) FROM customers WHERE email LIKE '%@%'",
                                "SELECT count(*) FROM audience WHERE email LIKE '%@%'",
                                "SELECT count(*) FROM email_events WHERE email LIKE '%@%'"})
            QCOMPARE(queryCount(*ws, sql), qint64(0));
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM customers WHERE email NOT LIKE "
                                 "'pseudonym:%'"),
                 qint64(0));
        const QString key = ws->setting(QStringLiteral("pseudonymize_key"));
        QCOMPARE(key.size(), 64);
        // Importing again with the same kept key matches every customer.
        const ImportReport again =
            importEmailFile(*ws, emailFixture(QStringLiteral("klaviyo_profiles_export.csv")));
        QCOMPARE(again.customersAdded, qint64(0));
        QCOMPARE(ws->setting(QStringLiteral("pseudonymize_key")), key);
    }

    void badInput_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("missing column") << "missing_deliveries.csv"
                                        << "missing-column"
                                        << "Successful Deliveries" << 1 << 0;
        QTest::newRow("unparseable count") << "bad_count.csv"
                                           << "bad-integer"
                                           << "1,18O" << 3 << 7;
        QTest::newRow("empty file") << "empty.csv"
                                    << "empty-file"
                                    << "empty" << 0 << 0;
        QTest::newRow("header only") << "header_only.csv"
                                     << "no-rows"
                                     << "no rows" << 0 << 0;
    }
    void badInput() {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        QFETCH(int, line);
        QFETCH(int, column);
        auto ws = freshWorkspace(m_dir, QStringLiteral("bad_") + file + QStringLiteral(".pvi"));
        const QString path = emailFixture(QStringLiteral("bad_input/") + file);
        const ImportReport report = importEmailFile(*ws, path);
        QVERIFY(!report.ok);
        bool found = false;
        for (const ImportIssue& issue : report.issues) {
            if (issue.code != code)
                continue;
            found = true;
            QVERIFY2(issue.message.contains(mentions), qPrintable(issue.message));
            QCOMPARE(issue.line, line);
            QCOMPARE(issue.column, column);
            if (line > 0)
                QVERIFY2(issue.file == path, qPrintable(issue.file));
        }
        QVERIFY2(found, qPrintable(issuesText(report)));
        for (const char* sql :
             {"SELECT count(*) FROM import_batches", "SELECT count(*) FROM email_campaigns",
              "SELECT count(*) FROM customers", "SELECT count(*) FROM import_issues"})
            QCOMPARE(queryCount(*ws, sql), qint64(0));
    }
};

PVI_TEST_CLASS(TestEmailImporters)
#include "test_email_importers.moc"
