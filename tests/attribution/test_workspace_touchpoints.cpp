// Touchpoints from a workspace's own data: the channel rules for orders' landing site, referrer
// and UTM fields, the journeys built from orders and email clicks, and the attribution credit of
// a hand-worked fixture workspace (every expected number worked out by hand in the comments).
#include "analytics/attribution/attribution_engine.h"
#include "analytics/attribution/order_journey_builder.h"
#include "analytics/attribution/traffic_channel.h"
#include "pvi/reports/attribution_journeys.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Workspace> openTouchpointWorkspace(const test::TempDir& dir) {
    auto opened = Workspace::open(dir.path(u"shop.pvi"_s), Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        qFatal("cannot open workspace: %s", qPrintable(opened.error));
    opened.workspace->db().exec(
        "INSERT INTO import_batches (id, file_name, file_path, sha256, source, imported_at) "
        "VALUES (1, 'orders.csv', '/tmp/orders.csv', 'x', 'shopify', '2024-01-01T00:00:00Z')");
    opened.workspace->db().exec("INSERT INTO customers (id, email) VALUES "
                                "(1, 'ann@x.com'), (2, 'bob@x.com'), (3, 'cat@x.com')");
    return std::move(opened.workspace);
}

struct OrderRow {
    int id;
    int customer; ///< 0: none
    const char* createdAt;
    double net;
    const char* landing;
    const char* referrer;
    const char* source;
    const char* medium;
    const char* campaign;
    bool valid = true;
};

void addOrder(Workspace& ws, const OrderRow& o) {
    auto text = [](const char* s) { return QString::fromUtf8(s); };
    Statement stmt = ws.db().prepare(
        "INSERT INTO orders (id, batch_id, source, order_key, customer_id, created_at, order_date, "
        "channel, is_valid, net_revenue, landing_site, referring_site, utm_source, utm_medium, "
        "utm_campaign) VALUES (?1, 1, 'shopify', ?1, nullif(?2, 0), ?3, substr(?3, 1, 10), 'web', "
        "?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    stmt.bind(1, o.id).bind(2, o.customer).bind(3, text(o.createdAt)).bind(4, o.valid);
    stmt.bind(5, o.net).bind(6, text(o.landing)).bind(7, text(o.referrer));
    stmt.bind(8, text(o.source)).bind(9, text(o.medium)).bind(10, text(o.campaign));
    stmt.run();
}

void addClick(Workspace& ws, int customer, const QString& email, const QString& at,
              const QString& campaign) {
    ws.db()
        .prepare("INSERT INTO email_events (batch_id, platform, campaign_key, campaign_name, "
                 "customer_id, email, event, occurred_at, event_date) VALUES (1, 'mailchimp', ?1, "
                 "?1, nullif(?2, 0), ?3, 'click', ?4, substr(?4, 1, 10))")
        .bind(1, campaign)
        .bind(2, customer)
        .bind(3, email)
        .bind(4, at)
        .run();
}

void addRule(Workspace& ws, const char* kind, const char* pattern) {
    ws.db()
        .prepare("INSERT INTO personalization_rules (kind, pattern, created_at) VALUES (?, ?, "
                 "'2024-01-01T00:00:00Z')")
        .bind(1, QString::fromUtf8(kind))
        .bind(2, QString::fromUtf8(pattern))
        .run();
}

/// The fixture shop (see hand-worked journeys in fixtureCredits()).
void buildFixture(Workspace& ws) {
    addRule(ws, "campaign-name", "[P]");
    addRule(ws, "utm-campaign", "winback");
    addRule(ws, "landing-page-prefix", "/for-you");
    const OrderRow orders[] = {
        {10, 1, "2024-03-10T12:00:00Z", 100,
         "/products/a?utm_source=newsletter&utm_medium=email&utm_campaign=spring", "", "", "", ""},
        {11, 1, "2024-03-20T12:00:00Z", 50, "/for-you/bread", "https://www.google.com/search?q=x",
         "", "", ""},
        {20, 2, "2024-03-15T09:00:00Z", 80, "/", "", "google", "cpc", "winback-march"},
        {30, 3, "2024-03-18T10:00:00Z", 40, "/", "https://l.instagram.com/", "", "", ""},
        {31, 3, "2024-03-25T10:00:00Z", 70, "/", "", "", "", "", false},
        {40, 0, "2024-03-19T10:00:00Z", 20, "", "", "", "", ""},
    };
    for (const OrderRow& o : orders)
        addOrder(ws, o);
    addClick(ws, 1, u"ann@x.com"_s, u"2024-03-08T08:00:00Z"_s, u"[P] Spring picks"_s);
    addClick(ws, 1, u"ann@x.com"_s, u"2024-03-15T08:00:00Z"_s, u"March news"_s);
    addClick(ws, 1, u"ann@x.com"_s, u"2024-03-22T08:00:00Z"_s, u"[P] Restock"_s);
    addClick(ws, 2, u"bob@x.com"_s, u"2024-01-01T08:00:00Z"_s, u"January"_s);
    addClick(ws, 2, u"bob@x.com"_s, u"2024-03-14T20:00:00Z"_s, u"[P] Winback"_s);
    addClick(ws, 0, u"zed@x.com"_s, u"2024-03-12T08:00:00Z"_s, u"March news"_s);
}

QString describe(const Journey& j) {
    QStringList parts;
    for (const Touch& t : j.touches)
        parts << t.channel + (t.personalized ? u"*"_s : QString());
    return u"%1%2[%3]"_s.arg(j.key, j.converted ? u" converted "_s : u" "_s, parts.join(u", "_s));
}

void expectCredit(const ChannelCredit& credit, const QString& channel, double expected,
                  const char* what) {
    const auto it = credit.find(channel);
    const double actual = it == credit.end() ? 0.0 : it->second;
    QVERIFY2(std::abs(actual - expected) < 1e-12,
             qPrintable(u"%1 %2: actual %3, expected %4"_s.arg(QString::fromUtf8(what), channel)
                            .arg(actual, 0, 'g', 17)
                            .arg(expected)));
}

const ModelCredit& model(const AttributionReport& report, const char* id) {
    for (const ModelCredit& m : report.models) {
        if (m.model == QLatin1String(id))
            return m;
    }
    qFatal("no model %s", id);
}

} // namespace

class TestWorkspaceTouchpoints : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void channelRules_data();
    void channelRules();
    void landingPaths();
    void builderLookbackAndLeftovers();
    void fixtureJourneys();
    void fixtureCredits();
    void salesChannelWithoutTrafficFields();
    void importedTouchpointsWin();
};

void TestWorkspaceTouchpoints::channelRules_data() {
    QTest::addColumn<QString>("landing");
    QTest::addColumn<QString>("referrer");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("medium");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, const char* l, const char* r, const char* s, const char* m,
                  const char* e) {
        QTest::newRow(name) << QString::fromUtf8(l) << QString::fromUtf8(r) << QString::fromUtf8(s)
                            << QString::fromUtf8(m) << QString::fromUtf8(e);
    };
    row("nothing", "", "", "", "", "Direct");
    row("landing only", "/products/a", "", "", "", "Direct");
    row("medium email", "", "", "klaviyo", "Email", "Email");
    row("medium newsletter", "", "", "", "newsletter", "Email");
    row("cpc google", "", "", "google", "cpc", "Paid search");
    row("cpc facebook", "", "", "facebook", "cpc", "Paid social");
    row("paid_social", "", "", "ig", "paid_social", "Paid social");
    row("social", "", "", "pinterest", "social", "Social");
    row("banner", "", "", "network", "banner", "Display");
    row("affiliate", "", "", "partner", "affiliate", "Affiliate");
    row("referral medium", "", "", "blog", "referral", "Referral");
    row("organic medium", "", "", "google", "organic", "Organic search");
    row("unknown medium", "", "", "spotify", "podcast", "Other");
    row("source newsletter", "", "", "newsletter", "", "Email");
    row("source bing", "", "", "bing", "", "Organic search");
    row("source domain", "", "", "partner-blog.com", "", "Referral");
    row("utm in landing", "/p?utm_source=ig&utm_medium=paid_social", "", "", "", "Paid social");
    row("columns beat landing", "/p?utm_medium=email", "", "google", "cpc", "Paid search");
    row("gclid", "/?gclid=abc", "https://www.google.com/", "", "", "Paid search");
    row("fbclid", "https://shop.com/p?fbclid=1", "", "", "", "Social");
    row("google referrer", "/", "https://www.google.co.uk/", "", "", "Organic search");
    row("duckduckgo", "/", "duckduckgo.com", "", "", "Organic search");
    row("webmail", "/", "https://mail.google.com/mail/u/0", "", "", "Email");
    row("t.co", "/", "https://t.co/xyz", "", "", "Social");
    row("m.facebook", "/", "m.facebook.com", "", "", "Social");
    row("own site", "https://shop.com/products/x", "https://shop.com/cart", "", "", "Direct");
    row("other site", "/", "https://blog.example.org/post", "", "", "Referral");
}

void TestWorkspaceTouchpoints::channelRules() {
    QFETCH(QString, landing);
    QFETCH(QString, referrer);
    QFETCH(QString, source);
    QFETCH(QString, medium);
    QFETCH(QString, expected);
    QCOMPARE(trafficChannel({landing, referrer, source, medium, {}}), expected);
}

void TestWorkspaceTouchpoints::landingPaths() {
    QCOMPARE(landingPath(u"https://shop.com/for-you/x?a=1"_s), u"/for-you/x"_s);
    QCOMPARE(landingPath(u"/for-you?utm_source=x"_s), u"/for-you"_s);
    QCOMPARE(landingPath(u""_s), QString());
}

void TestWorkspaceTouchpoints::builderLookbackAndLeftovers() {
    // Lookback 7 days: the click 8 days before the order is dropped, the one 7 days before
    // (exactly the limit) counts; the click after the order is left over in a journey that
    // did not convert.
    const QDateTime order(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);
    std::vector<OrderTouchSource> orders{{7, 5, order, 30.0, u"Direct"_s, false}};
    std::vector<EmailClickSource> clicks{{5, u"a@x"_s, order.addDays(-8), false},
                                         {5, u"a@x"_s, order.addDays(-7), true},
                                         {5, u"a@x"_s, order.addSecs(60), false}};
    const std::vector<Journey> journeys = buildOrderJourneys(orders, clicks, 7);
    QCOMPARE(journeys.size(), std::size_t(2));
    QCOMPARE(describe(journeys[0]), u"customer:000000000005 [Email]"_s);
    QCOMPARE(describe(journeys[1]), u"order:000000000007 converted [Email*, Direct]"_s);
    QCOMPARE(journeys[1].value, 30.0);
    QCOMPARE(journeys[1].convertedAt, order);
}

void TestWorkspaceTouchpoints::fixtureJourneys() {
    // Hand-worked journeys of the fixture (* = personalized touch):
    // - ann's click of 22 Mar comes after her last order: a journey that did not convert;
    // - zed's click matches no customer: a journey of its own that did not convert;
    // - order 10: ann's [P] click of 8 Mar, then the visit (utm_medium=email in the landing
    //   site's query: Email; utm_campaign column empty, path /products: generic);
    // - order 11: ann's 15 Mar click (after order 10), then the visit from google (Organic
    //   search), personalized by the landing-page-prefix rule /for-you;
    // - order 20: bob's 1 Jan click is older than 30 days and dropped; his [P] click of 14 Mar,
    //   then the cpc visit with campaign winback-march (utm-campaign rule: personalized);
    // - order 30: the visit from l.instagram.com (Social); order 31 is not valid;
    // - order 40 has no customer and no traffic fields: Direct.
    test::TempDir dir;
    auto ws = openTouchpointWorkspace(dir);
    buildFixture(*ws);
    const JourneyLoadResult r = loadAttributionJourneys(*ws);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QStringList actual;
    for (const Journey& j : r.journeys)
        actual << describe(j);
    const QStringList expected{
        u"customer:000000000001 [Email*]"_s,
        u"email:zed@x.com [Email]"_s,
        u"order:000000000010 converted [Email*, Email]"_s,
        u"order:000000000011 converted [Email, Organic search*]"_s,
        u"order:000000000020 converted [Email*, Paid search*]"_s,
        u"order:000000000030 converted [Social]"_s,
        u"order:000000000040 converted [Direct]"_s,
    };
    QCOMPARE(actual, expected);
}

void TestWorkspaceTouchpoints::fixtureCredits() {
    // Conversions (values): 10 (100), 11 (50), 20 (80), 30 (40), 40 (20).
    // Last touch: Email 1 (100), Organic search 1 (50), Paid search 1 (80), Social 1 (40),
    //   Direct 1 (20).
    // First touch: Email 3 (100 + 50 + 80 = 230), Social 1 (40), Direct 1 (20).
    // Linear: Email 1 + 1/2 + 1/2 = 2 (100 + 25 + 40 = 165), Organic search 1/2 (25),
    //   Paid search 1/2 (40), Social 1 (40), Direct 1 (20).
    // Linear, personalized touches only: Email 1/2 (order 10) + 1/2 (order 20) = 1,
    //   Organic search 1/2, Paid search 1/2; generic: Email 1/2 + 1/2 = 1, Social 1, Direct 1.
    test::TempDir dir;
    auto ws = openTouchpointWorkspace(dir);
    buildFixture(*ws);
    const JourneyLoadResult r = loadAttributionJourneys(*ws);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const AttributionReport report = runAttribution(r.journeys);
    QCOMPARE(report.conversions, 5);
    QCOMPARE(report.conversionValue, 290.0);

    const ModelCredit& last = model(report, "last_touch");
    expectCredit(last.overall.conversions, u"Email"_s, 1, "last conversions");
    expectCredit(last.overall.conversions, u"Organic search"_s, 1, "last conversions");
    expectCredit(last.overall.value, u"Paid search"_s, 80, "last value");
    expectCredit(last.overall.value, u"Direct"_s, 20, "last value");

    const ModelCredit& first = model(report, "first_touch");
    expectCredit(first.overall.conversions, u"Email"_s, 3, "first conversions");
    expectCredit(first.overall.value, u"Email"_s, 230, "first value");
    expectCredit(first.overall.conversions, u"Paid search"_s, 0, "first conversions");
    expectCredit(first.overall.value, u"Social"_s, 40, "first value");

    const ModelCredit& linear = model(report, "linear");
    expectCredit(linear.overall.conversions, u"Email"_s, 2, "linear conversions");
    expectCredit(linear.overall.value, u"Email"_s, 165, "linear value");
    expectCredit(linear.overall.conversions, u"Organic search"_s, 0.5, "linear conversions");
    expectCredit(linear.overall.value, u"Paid search"_s, 40, "linear value");
    expectCredit(linear.personalized.conversions, u"Email"_s, 1, "linear personalized");
    expectCredit(linear.personalized.conversions, u"Organic search"_s, 0.5, "linear personalized");
    expectCredit(linear.personalized.conversions, u"Paid search"_s, 0.5, "linear personalized");
    expectCredit(linear.generic.conversions, u"Email"_s, 1, "linear generic");
    expectCredit(linear.generic.conversions, u"Social"_s, 1, "linear generic");
    expectCredit(linear.generic.conversions, u"Direct"_s, 1, "linear generic");

    // Identical run after run (the Markov credit is solved exactly, not simulated).
    const AttributionReport again = runAttribution(loadAttributionJourneys(*ws).journeys);
    QVERIFY(model(again, "markov").overall.conversions ==
            model(report, "markov").overall.conversions);
}

void TestWorkspaceTouchpoints::salesChannelWithoutTrafficFields() {
    // No order has traffic fields: the visit is the order's sales channel ("web"), as before.
    test::TempDir dir;
    auto ws = openTouchpointWorkspace(dir);
    addOrder(*ws, {1, 1, "2024-03-10T12:00:00Z", 10, "", "", "", "", ""});
    addClick(*ws, 1, u"ann@x.com"_s, u"2024-03-09T12:00:00Z"_s, u"News"_s);
    const JourneyLoadResult r = loadAttributionJourneys(*ws);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.journeys.size(), std::size_t(1));
    QCOMPARE(describe(r.journeys[0]), u"order:000000000001 converted [Email, web]"_s);
    QVERIFY(r.notes.join(u' ').contains(u"sales channel"_s));
}

void TestWorkspaceTouchpoints::importedTouchpointsWin() {
    test::TempDir dir;
    auto ws = openTouchpointWorkspace(dir);
    buildFixture(*ws);
    ws->db().exec("INSERT INTO touchpoints (journey_key, touched_at, channel, personalized) "
                  "VALUES ('J1', '2024-03-01T00:00:00Z', 'Display', 0)");
    const JourneyLoadResult r = loadAttributionJourneys(*ws);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.journeys.size(), std::size_t(1));
    QCOMPARE(r.journeys[0].key, u"J1"_s);
}

PVI_TEST_CLASS(TestWorkspaceTouchpoints)
#include "test_workspace_touchpoints.moc"
