// Conformance on the real Mailchimp exports in the shared datasets (read in place, never
// copied): what they import to, against figures computed independently with pandas
// (tests/reference/email/make_reference.py SHARED_DIR → conformance.json).
#include "email_test_support.h"
#include "pvi/email/pvi_email.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;
using namespace pvi::test;

class TestEmailConformance : public QObject {
    Q_OBJECT

private:
    TempDir m_dir;
    QJsonObject m_expected = emailReference(QStringLiteral("conformance.json"));

private Q_SLOTS:
    void campaignsReport() {
        auto ws =
            Workspace::open(m_dir.path(QStringLiteral("real.pvi")), Workspace::Mode::CreateOrOpen)
                .workspace;
        const ImportReport report = importEmailFile(
            *ws, QStringLiteral(PVI_SHARED_DATASETS_DIR "/exports/mailchimp_campaigns_report.csv"));
        QVERIFY2(report.ok, qPrintable(issuesText(report)));
        const QJsonObject exp = m_expected[u"campaigns"].toObject();
        QCOMPARE(report.rowsRead, exp[u"rows"].toInteger());
        QCOMPARE(report.recordsAdded, exp[u"rows"].toInteger());
        QVERIFY(hasIssue(report, QStringLiteral("mac-roman")));
        QCOMPARE(queryCount(*ws, "SELECT sum(delivered) FROM email_campaigns"),
                 exp[u"delivered"].toInteger());
        QCOMPARE(queryCount(*ws, "SELECT sum(unique_opens) FROM email_campaigns"),
                 exp[u"opens"].toInteger());
        QCOMPARE(queryCount(*ws, "SELECT sum(unique_clicks) FROM email_campaigns"),
                 exp[u"clicks"].toInteger());
        QCOMPARE(queryCount(*ws, "SELECT sum(unsubscribes) FROM email_campaigns"),
                 exp[u"unsubscribes"].toInteger());
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM email_campaigns WHERE ab_arm IS NOT NULL"),
                 exp[u"ab_arms"].toInteger());
        // The "…" (0xC9 in Mac Roman) of the last campaigns' subjects is read as such.
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM email_campaigns WHERE subject LIKE "
                                 "'%…'"),
                 qint64(2));
        const Period all{QDate::fromString(exp[u"first_date"].toString(), Qt::ISODate),
                         QDate::fromString(exp[u"last_date"].toString(), Qt::ISODate)};
        for (const auto& [id, key] : {std::pair{"email_open_rate", u"open_rate"},
                                      std::pair{"email_click_rate", u"click_rate"},
                                      std::pair{"email_unsubscribe_rate", u"unsubscribe_rate"}}) {
            const PviResult r = computeEmailPvi(*ws, QLatin1String(id), all);
            QVERIFY2(r.available, qPrintable(r.reason));
            QVERIFY(near(*r.value, exp[QStringView(key)].toDouble(), 1e-12));
            QCOMPARE(r.n, exp[u"delivered"].toInteger());
        }
    }

    void subscribedMembers() {
        auto ws = Workspace::open(m_dir.path(QStringLiteral("members.pvi")),
                                  Workspace::Mode::CreateOrOpen)
                      .workspace;
        const ImportReport report = importEmailFile(
            *ws, QStringLiteral(PVI_SHARED_DATASETS_DIR
                                "/exports/mailchimp_subscribed_members_export.csv"));
        QVERIFY2(report.ok, qPrintable(issuesText(report)));
        const QJsonObject exp = m_expected[u"subscribed"].toObject();
        QCOMPARE(report.rowsRead, exp[u"rows"].toInteger());
        QCOMPARE(report.recordsAdded, exp[u"distinct_emails"].toInteger());
        QCOMPARE(report.customersAdded, exp[u"distinct_emails"].toInteger());
        QCOMPARE(queryCount(*ws, "SELECT count(*) FROM audience WHERE status = 'subscribed' AND "
                                 "opted_in_at IS NOT NULL"),
                 exp[u"rows"].toInteger() - exp[u"optin_missing"].toInteger());
        QCOMPARE(report.sourceTitle,
                 QStringLiteral("Mailchimp audience export (subscribed members)"));
    }
};

PVI_TEST_CLASS(TestEmailConformance)
#include "test_email_conformance.moc"
