// offer_redemption_rate (pvi_offers.h) and namesOfferCode (offer_receipts.h) on a three-customer
// shop worked by hand. Period: the second quarter of 2025.
//
// customer  orders (net revenue; * = personalized, exposing the customer)
//    1      2025-03-01 50; 2025-05-10 200*          exposed from 10 May
//    2      2025-05-20 90                           never exposed
//    3      2025-04-20 60*; 2025-06-10 60*          exposed from 20 Apr
// Orders with an offer code (the offer facts): 1 on 10 May (200), 3 on 20 Apr (60) and 10 Jun
// (60), 2 on 2 Jul (90, after the period).
#include "pvi/email/email_facts.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_engine.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/orders/offer_facts.h"
#include "pvi/orders/pvi_offers.h"
#include "pvi_fixture.h"
#include "pvi_value_checks.h"
#include "store/email_delivery_runs.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

const Period kOfferQuarter{QDate(2025, 4, 1), QDate(2025, 6, 30)};

qint64 dayOf(int year, int month, int day) {
    return QDate(year, month, day).toJulianDay();
}

OrderSnapshot threeCustomers() {
    struct Planned {
        qint64 customer;
        qint64 day;
        double revenue;
        bool personalized;
    };
    const Planned plan[] = {{1, dayOf(2025, 3, 1), 50, false},
                            {3, dayOf(2025, 4, 20), 60, true},
                            {1, dayOf(2025, 5, 10), 200, true},
                            {2, dayOf(2025, 5, 20), 90, false},
                            {3, dayOf(2025, 6, 10), 60, true}};
    OrderSnapshot s;
    s.hasRules = true;
    s.anyOrderMatches = true;
    qint64 id = 0;
    for (const Planned& p : plan) {
        SnapshotCustomer& c = s.customers[p.customer];
        c.id = p.customer;
        if (p.personalized && !c.exposedDay)
            c.exposedDay = p.day;
        c.orders.push_back(s.orders.size());
        c.days.push_back(p.day);
        s.orders.push_back({++id, p.customer, p.day, p.revenue, std::nullopt, p.personalized,
                            p.personalized || c.exposedBy(p.day)});
    }
    s.customerIds = {1, 2, 3};
    s.workspaceCustomers = 3;
    return s;
}

OfferFacts offerOrdersOnly() {
    OfferFacts f;
    f.anyCodeRule = true;
    f.orders = {{3, dayOf(2025, 4, 20), 60},
                {1, dayOf(2025, 5, 10), 200},
                {3, dayOf(2025, 6, 10), 60},
                {2, dayOf(2025, 7, 2), 90}};
    return f;
}

} // namespace

class TestOfferRedemption : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codesNamedInCampaignTexts();
    void receiversFromCampaigns();
    void receiversFromExposureWithoutCampaigns();
    void unavailableWithoutCodeRule();
    void codesAndReceiversReadFromTheWorkspace();
};

void TestOfferRedemption::codesNamedInCampaignTexts() {
    const std::vector<PersonalizationRule> rules = {{1, u"discount-code-prefix"_s, u"FORYOU"_s, {}},
                                                    {2, u"campaign-name"_s, u"SPRING"_s, {}}};
    QVERIFY(namesOfferCode(u"*|FNAME|*, your usual is one click away with code FORYOU"_s, rules));
    QVERIFY(namesOfferCode(u"Use foryou-ab12 today"_s, rules));
    QVERIFY(namesOfferCode(u"FORYOU_10: 10% off"_s, rules));
    QVERIFY(!namesOfferCode(u"NOTFORYOU inside"_s, rules));
    QVERIFY(!namesOfferCode(u"[P] Picked for you"_s, rules));
    // A campaign-name rule's pattern is not an offer code.
    QVERIFY(!namesOfferCode(u"SPRING sale"_s, rules));
}

void TestOfferRedemption::receiversFromCampaigns() {
    QVERIFY2(PviRegistry::find(u"offer_redemption_rate"_s) != nullptr,
             "offer_redemption_rate is not a registry PVI");
    // Receipts: 1 and 2 on 1 May, 3 on 20 Jun, 4 on 1 Mar (before the period). Receivers
    // {1, 2, 3}; redemptions from each one's receipt on: 1's order of 10 May only (3's orders
    // are before 20 Jun) → 1 / 3 = 33.33%, revenue 200 over 1 order, 1 of 3 receivers redeemed.
    OfferFacts f = offerOrdersOnly();
    f.receipts = {{4, dayOf(2025, 3, 1)},
                  {1, dayOf(2025, 5, 1)},
                  {2, dayOf(2025, 5, 1)},
                  {3, dayOf(2025, 6, 20)}};
    f.campaignDays = {dayOf(2025, 3, 1), dayOf(2025, 5, 1), dayOf(2025, 6, 20)};
    const PviResult r = offerRedemptionRate(threeCustomers(), f, kOfferQuarter);
    QVERIFY2(r.available, qPrintable(r.reason));
    QCOMPARE(r.id, u"offer_redemption_rate"_s);
    QCOMPARE(r.n, qint64(3));
    QVERIFY(test::nearValue(r.value, 100.0 / 3.0));
    QVERIFY2(r.summary.contains(u"e-mail campaign naming an offer code"_s), qPrintable(r.summary));
    QVERIFY2(!r.splitReason.isEmpty(), "the split should say why it is missing");
    const SegmentValue* revenue = test::breakdownLine(r, u"revenue"_s);
    QVERIFY(revenue != nullptr);
    QCOMPARE(revenue->n, qint64(1));
    QVERIFY(test::nearValue(revenue->value, 200.0));
    QVERIFY(test::nearValue(test::breakdownLine(r, u"redeeming_customers"_s)->value, 100.0 / 3.0));
}

void TestOfferRedemption::receiversFromExposureWithoutCampaigns() {
    // No campaign names a code: receivers are the customers exposed by 30 Jun who ordered in
    // the quarter, {1, 3} (2 is never exposed). Their coded orders in the quarter: 1 on 10 May
    // (200), 3 on 20 Apr and 10 Jun (60 each) → 3 / 2 = 150%, revenue 320, 2 of 2 redeemed.
    const PviResult r = offerRedemptionRate(threeCustomers(), offerOrdersOnly(), kOfferQuarter);
    QVERIFY2(r.available, qPrintable(r.reason));
    QCOMPARE(r.n, qint64(2));
    QVERIFY(test::nearValue(r.value, 150.0));
    QVERIFY2(r.summary.startsWith(u"No e-mail campaign of the period names an offer code"_s),
             qPrintable(r.summary));
    QCOMPARE(test::breakdownLine(r, u"revenue"_s)->n, qint64(3));
    QVERIFY(test::nearValue(test::breakdownLine(r, u"revenue"_s)->value, 320.0));
    QVERIFY(test::nearValue(test::breakdownLine(r, u"redeeming_customers"_s)->value, 100.0));
    // A campaign of the period named a code but no recipient is known: the same fallback,
    // saying so.
    OfferFacts unknownRecipients = offerOrdersOnly();
    unknownRecipients.campaignDays = {dayOf(2025, 5, 1)};
    const PviResult fallback =
        offerRedemptionRate(threeCustomers(), unknownRecipients, kOfferQuarter);
    QVERIFY(test::nearValue(fallback.value, 150.0));
    QVERIFY2(fallback.summary.contains(u"no per-recipient activity"_s),
             qPrintable(fallback.summary));
}

void TestOfferRedemption::unavailableWithoutCodeRule() {
    OfferFacts noRule = offerOrdersOnly();
    noRule.anyCodeRule = false;
    const PviResult r = offerRedemptionRate(threeCustomers(), noRule, kOfferQuarter);
    QVERIFY(!r.available);
    QVERIFY(!r.value);
    QVERIFY2(r.reason.contains(u"discount-code-prefix"_s), qPrintable(r.reason));
    // Nobody received an offer (no campaign, nobody exposed in the period).
    const PviResult nobody = offerRedemptionRate(threeCustomers(), offerOrdersOnly(),
                                                 {QDate(2025, 8, 1), QDate(2025, 8, 31)});
    QVERIFY(!nobody.available);
    QVERIFY2(nobody.reason.contains(u"import"_s), qPrintable(nobody.reason));
}

void TestOfferRedemption::codesAndReceiversReadFromTheWorkspace() {
    // Orders: customer 1 on 10 May with FORYOU-AB12 (200) and on 1 Jun without a code (50);
    // customer 2 on 20 May with SUMMER10 (90, not an offer code). Campaigns: "[P] Your usual"
    // (subject names FORYOU, sent 1 May) and "Weekly" (sent 2 May, no code). Deliveries:
    // customer 1 of "[P] Your usual" under another key (the same campaign by title), customer 2
    // of "Weekly", and an unknown address of "[P] Your usual". So: one offer order, one
    // receipt (customer 1 on 1 May), one campaign day → 1 redemption / 1 receiver = 100%.
    test::TempDir dir;
    auto opened = Workspace::open(dir.path(u"offers.pvi"_s), Workspace::Mode::CreateOrOpen);
    QVERIFY(opened.workspace);
    Workspace& ws = *opened.workspace;
    test::insertOrder(ws, 1, 1, u"2025-05-10"_s, 200, {}, u"FORYOU-AB12"_s);
    test::insertOrder(ws, 2, 2, u"2025-05-20"_s, 90, {}, u"SUMMER10"_s);
    test::insertOrder(ws, 3, 1, u"2025-06-01"_s, 50);
    QString error;
    QVERIFY2(PersonalizationRules::add(ws, u"discount-code-prefix"_s, u"FORYOU"_s, &error),
             qPrintable(error));
    ws.db().exec("INSERT INTO email_campaigns(batch_id, platform, campaign_key, name, subject, "
                 "send_date) VALUES (1, 'mailchimp', 'k1', '[P] Your usual', "
                 "'your usual with code FORYOU', '2025-05-01'), (1, 'mailchimp', 'k2', "
                 "'Weekly', 'Fresh bread', '2025-05-02')");
    const qint64 may1 = dayOf(2025, 5, 1);
    ws.db().exec(
        "INSERT INTO email_fact_campaigns VALUES (1, 'mailchimp', '[P] Your usual|2025-05-01'), "
        "(2, 'mailchimp', 'k2'), (3, 'mailchimp', 'k1'); "
        "INSERT INTO email_fact_names VALUES (1, '[P] Your usual'), (2, 'Weekly')");
    Statement delivery = ws.db().prepare(
        "INSERT INTO email_deliveries(campaign_no, recipient_no, customer_id, min_name_no, "
        "max_name_no, first_sent_day, first_day, last_day, opened, clicked, unsubscribed, bounced) "
        "VALUES ((SELECT campaign_no FROM email_fact_campaigns WHERE campaign_key = ?1), ?2, ?3, "
        "(SELECT name_no FROM email_fact_names WHERE name = ?4), "
        "(SELECT name_no FROM email_fact_names WHERE name = ?4), ?5, ?5, ?5, 0, 0, 0, 0)");
    std::int64_t recipient = 0;
    auto deliver = [&](const QString& key, qint64 customer, const QString& name) {
        delivery.bind(1, key).bind(2, ++recipient);
        if (customer > 0)
            delivery.bind(3, static_cast<std::int64_t>(customer));
        else
            delivery.bindNull(3);
        delivery.bind(4, name).bind(5, static_cast<std::int64_t>(may1)).run();
        delivery.reset();
    };
    deliver(u"[P] Your usual|2025-05-01"_s, 1, u"[P] Your usual"_s); // c1@example.com
    deliver(u"k2"_s, 2, u"Weekly"_s);                                // c2@example.com
    deliver(u"k1"_s, 0, u"[P] Your usual"_s);                        // an unknown address
    packEveryDeliveryRun(ws.db()); // as an import packs the rows it derives

    const std::vector<PersonalizationRule> rules = PersonalizationRules::list(ws);
    const OfferFacts facts = OfferFacts::load(ws, rules, EmailFacts::load(ws, rules).offerReceipts);
    QVERIFY(facts.anyCodeRule);
    QCOMPARE(facts.orders.size(), std::size_t(1));
    QCOMPARE(facts.orders[0].customerId, qint64(1));
    QVERIFY(test::nearValue(facts.orders[0].revenue, 200.0));
    QCOMPARE(facts.receipts.size(), std::size_t(1));
    QCOMPARE(facts.receipts[0].customerId, qint64(1));
    QCOMPARE(facts.receipts[0].day, may1);
    QCOMPARE(facts.campaignDays, std::vector<qint64>{may1});

    const PviRun run = computeRun(ws, {kOfferQuarter, kOfferQuarter.previous()});
    const PviResult* r = run.find(u"offer_redemption_rate"_s);
    QVERIFY(r != nullptr);
    QVERIFY2(r->available, qPrintable(r->reason));
    QCOMPARE(r->n, qint64(1));
    QVERIFY(test::nearValue(r->value, 100.0));
    QVERIFY(test::nearValue(test::breakdownLine(*r, u"revenue"_s)->value, 200.0));
}

PVI_TEST_CLASS(TestOfferRedemption)
#include "test_offer_redemption.moc"
