// The Segments page's report (segment_report.h), segment_retention_rate and
// segment_conversion_rate on a six-customer shop worked by hand; the same shop as
// tests/fixtures/ui/segments (make_fixtures.py). Period: the second quarter of 2025, so the
// segments at the start are those of 31 Mar 2025 and at the end those of 30 Jun 2025; activity
// window 365 days; rule: orders tagged "personalized".
//
// customer  orders (net revenue)                                          first order
//    1 A    2024-09-01, 11-01, 12-15, 2025-02-01, 03-20 (100 each);      Sep 2024
//           2025-05-10 200 (personalized: A exposed from 10 May)
//    2 B    2024-04-05, 05-01, 06-01, 06-25 (90 each)                    Apr 2024
//    3 C    2024-04-10, 05-15, 06-10 (80 each); 2025-06-05 80            Apr 2024
//    4 D    2024-04-15, 05-01 (50 each)                                  Apr 2024
//    5 E    2024-01-10 30; 2025-06-01 40                                 Jan 2024
//    6 F    2025-04-20 60 (personalized: F exposed from 20 Apr), 2025-06-10 60   Apr 2025
//
// RFM as of 31 Mar 2025 (n = 5, rank r scores r): recency A 11 d, B 279, C 294, D 334, E 446 days;
// frequency A 5 > B 4 > C 3 > D 2 > E 1; monetary A 500 > B 360 > C 240 > D 100 > E 30. So every
// customer's R = F = M: A 5 and B 4 are Champions, C 3 Need attention, D 2 Hibernating, E 1 Lost.
//
// RFM as of 30 Jun 2025 (n = 6: ranks 1..6 score 1, 1, 2, 3, 4, 5):
//          recency (rank, R)  frequency (rank, F)  monetary (rank, M)  FM=(F+M+1)/2  segment
//    A      51 d  (3, 2)       6  (6, 5)             700 (6, 5)         5            At risk
//    B     370 d  (2, 1)       4  (4, 3)             360 (5, 4)         4            Can't lose
//    them C      25 d  (5, 4)       4  (5, 4)             320 (4, 3)         4            Champions
//    D     425 d  (1, 1)       2  (1, 1)             100 (2, 1)         1            Lost
//    E      29 d  (4, 3)       2  (2, 1)              70 (1, 1)         1            About to sleep
//    F      20 d  (6, 5)       2  (3, 2)             120 (3, 2)         2            Potential
//    loyalist
// (frequency ties go to the lower customer id first.)
#include "analytics/rfm/rfm_segment_map.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/orders/pvi_segment_conversion.h"
#include "pvi/orders/pvi_segments.h"
#include "pvi/reports/segment_report.h"
#include "pvi_value_checks.h"
#include "test_registry.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

struct PlannedOrder {
    qint64 customer;
    QDate date;
    double revenue;
    bool personalized;
};

/// The shop above as an order snapshot, with exposure as exposure.h defines it.
OrderSnapshot sixCustomers() {
    const PlannedOrder plan[] = {
        {1, {2024, 9, 1}, 100, false},   {1, {2024, 11, 1}, 100, false},
        {1, {2024, 12, 15}, 100, false}, {1, {2025, 2, 1}, 100, false},
        {1, {2025, 3, 20}, 100, false},  {1, {2025, 5, 10}, 200, true},
        {2, {2024, 4, 5}, 90, false},    {2, {2024, 5, 1}, 90, false},
        {2, {2024, 6, 1}, 90, false},    {2, {2024, 6, 25}, 90, false},
        {3, {2024, 4, 10}, 80, false},   {3, {2024, 5, 15}, 80, false},
        {3, {2024, 6, 10}, 80, false},   {3, {2025, 6, 5}, 80, false},
        {4, {2024, 4, 15}, 50, false},   {4, {2024, 5, 1}, 50, false},
        {5, {2024, 1, 10}, 30, false},   {5, {2025, 6, 1}, 40, false},
        {6, {2025, 4, 20}, 60, true},    {6, {2025, 6, 10}, 60, false},
    };
    std::vector<PlannedOrder> orders(std::begin(plan), std::end(plan));
    std::stable_sort(orders.begin(), orders.end(),
                     [](const PlannedOrder& a, const PlannedOrder& b) { return a.date < b.date; });
    OrderSnapshot s;
    s.hasRules = true;
    s.anyOrderMatches = true;
    qint64 id = 0;
    for (const PlannedOrder& p : orders) {
        SnapshotCustomer& c = s.customers[p.customer];
        c.id = p.customer;
        const qint64 day = p.date.toJulianDay();
        if (p.personalized && !c.exposedDay)
            c.exposedDay = day;
        const bool exposed = p.personalized || c.exposedBy(day);
        c.orders.push_back(s.orders.size());
        c.days.push_back(day);
        s.orders.push_back(
            {++id, p.customer, day, p.revenue, std::nullopt, p.personalized, exposed});
    }
    for (const auto& entry : s.customers)
        s.customerIds.push_back(entry.first);
    std::sort(s.customerIds.begin(), s.customerIds.end());
    s.workspaceCustomers = 6;
    return s;
}

const Period kSecondQuarter{QDate(2025, 4, 1), QDate(2025, 6, 30)};

const SegmentReportRow& row(const SegmentReport& report, RfmSegment segment) {
    return report.rows.at(static_cast<std::size_t>(segment));
}

} // namespace

class TestSegmentReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void retentionWithinStartSegments();
    void retentionIsARegistryPvi();
    void conversionWithinStartSegments();
    void conversionEmailLines();
    void membersAndGrowth();
    void periodFiguresOfEndSegments();
    void unavailableWithoutOrders();
};

void TestSegmentReport::retentionWithinStartSegments() {
    // Active on 31 Mar 2025 (an order since 1 Apr 2024): A, B, C, D (S = 4); E's last order was
    // in January 2024. Active on 30 Jun 2025 (an order since 1 Jul 2024): A, C (ordered 5 Jun),
    // E (reactivated 1 Jun) and F (new, no start segment); B and D are lost.
    const PviResult r = segmentRetentionRate(sixCustomers(), kSecondQuarter);
    QVERIFY2(r.available, qPrintable(r.reason));
    QCOMPARE(r.id, u"segment_retention_rate"_s);
    // Everyone with a segment on 31 Mar: S = 4, E = A, C, E = 3, N = 0 → 75%.
    QCOMPARE(r.n, qint64(4));
    QVERIFY(test::nearValue(r.value, 75.0));
    QCOMPARE(r.segments.size(), std::size_t(11));
    const auto& champions = r.segments[std::size_t(RfmSegment::Champions)];
    // Champions {A, B}: S = 2, E = 1 (A) → 50%; A is exposed by 30 Jun (100%), B is not (0%).
    QCOMPARE(champions.name, u"Champions"_s);
    QCOMPARE(champions.n, qint64(2));
    QVERIFY(test::nearValue(champions.value, 50.0));
    QCOMPARE(champions.personalized.n, qint64(1));
    QVERIFY(test::nearValue(champions.personalized.value, 100.0));
    QCOMPARE(champions.control.n, qint64(1));
    QVERIFY(test::nearValue(champions.control.value, 0.0));
    // Need attention {C}: 1 of 1; Hibernating {D}: 0 of 1; Lost {E}: nobody active at the start.
    QVERIFY(test::nearValue(r.segments[std::size_t(RfmSegment::NeedAttention)].value, 100.0));
    QVERIFY(test::nearValue(r.segments[std::size_t(RfmSegment::Hibernating)].value, 0.0));
    QVERIFY(!r.segments[std::size_t(RfmSegment::Lost)].value);
    QCOMPARE(r.segments[std::size_t(RfmSegment::Lost)].n, qint64(0));
    QVERIFY(!r.segments[std::size_t(RfmSegment::Loyal)].value);
}

void TestSegmentReport::retentionIsARegistryPvi() {
    // The registry row and the order computation table give the Segments page's figure.
    const PviDefinition* definition = PviRegistry::find(u"segment_retention_rate"_s);
    QVERIFY2(definition != nullptr, "segment_retention_rate is not a registry PVI");
    QCOMPARE(definition->family, PviFamily::Orders);
    QCOMPARE(definition->unit, PviUnit::Percent);
    const PviResult r = computePvi(sixCustomers(), u"segment_retention_rate"_s, kSecondQuarter);
    QVERIFY2(r.available, qPrintable(r.reason));
    QCOMPARE(r.n, qint64(4));
    QVERIFY(test::nearValue(r.value, 75.0));
    QCOMPARE(r.segments.size(), std::size_t(11));
    QVERIFY(test::nearValue(r.segments[std::size_t(RfmSegment::Champions)].value, 50.0));
}

void TestSegmentReport::conversionWithinStartSegments() {
    // Segments on 31 Mar 2025: A, B Champions, C Need attention, D Hibernating, E Lost (F has no
    // order yet). A valid order in Q2: A (10 May), C (5 Jun), E (1 Jun); not B, not D → 3 of 5.
    const PviDefinition* definition = PviRegistry::find(u"segment_conversion_rate"_s);
    QVERIFY2(definition != nullptr, "segment_conversion_rate is not a registry PVI");
    const PviResult r = computePvi(sixCustomers(), u"segment_conversion_rate"_s, kSecondQuarter);
    QVERIFY2(r.available, qPrintable(r.reason));
    QCOMPARE(r.id, u"segment_conversion_rate"_s);
    QCOMPARE(r.n, qint64(5));
    QVERIFY(test::nearValue(r.value, 60.0));
    // Exposed by 30 Jun among them: A only → personalized 1 of 1, control 2 of 4 (C, E of B-E).
    QCOMPARE(r.personalized.n, qint64(1));
    QVERIFY(test::nearValue(r.personalized.value, 100.0));
    QCOMPARE(r.control.n, qint64(4));
    QVERIFY(test::nearValue(r.control.value, 50.0));
    QVERIFY(test::nearValue(r.liftPercent, 100.0));
    // Without e-mail data: the eleven segment lines only.
    QCOMPARE(r.segments.size(), std::size_t(11));
    const SegmentValue* champions = test::breakdownLine(r, u"champions"_s);
    QVERIFY(champions != nullptr);
    QCOMPARE(champions->n, qint64(2));
    QVERIFY(test::nearValue(champions->value, 50.0));
    QVERIFY(test::nearValue(champions->personalized.value, 100.0));
    QVERIFY(test::nearValue(champions->control.value, 0.0));
    QVERIFY(test::nearValue(test::breakdownLine(r, u"need_attention"_s)->value, 100.0));
    QVERIFY(test::nearValue(test::breakdownLine(r, u"hibernating"_s)->value, 0.0));
    QVERIFY(test::nearValue(test::breakdownLine(r, u"lost"_s)->value, 100.0));
    QCOMPARE(test::breakdownLine(r, u"loyal"_s)->n, qint64(0));
    QVERIFY(!test::breakdownLine(r, u"loyal"_s)->value);
    // Before any order: not available, saying why.
    const PviResult early = computePvi(sixCustomers(), u"segment_conversion_rate"_s,
                                       {QDate(2024, 1, 1), QDate(2024, 3, 31)});
    QVERIFY(!early.available);
    QVERIFY2(early.reason.contains(u"before the period"_s), qPrintable(early.reason));
}

void TestSegmentReport::conversionEmailLines() {
    // Deliveries (by day): A 15 Mar (before Q2, left out); A 8 May personalized, converted;
    // B 8 May generic, not converted; C 2 Jun generic, converted; F 2 Jun (no segment on 31 Mar)
    // and an unknown recipient (customer 0): left out.
    EmailFacts email;
    email.anyValidOrders = true;
    auto delivery = [](qint64 customer, QDate day, bool personalized, bool converted) {
        EmailDelivery d;
        d.customerId = customer;
        d.day = day.toJulianDay();
        d.personalized = personalized;
        d.converted = converted;
        return d;
    };
    email.deliveries = {
        delivery(1, {2025, 3, 15}, true, true),  delivery(1, {2025, 5, 8}, true, true),
        delivery(2, {2025, 5, 8}, false, false), delivery(3, {2025, 6, 2}, false, true),
        delivery(6, {2025, 6, 2}, true, true),   delivery(0, {2025, 6, 2}, false, true)};
    const PviResult r = segmentConversionRate(sixCustomers(), email, kSecondQuarter);
    QVERIFY2(r.available, qPrintable(r.reason));
    // The headline stays the purchase conversion: 3 of 5.
    QVERIFY(test::nearValue(r.value, 60.0));
    QCOMPARE(r.segments.size(), std::size_t(11 + 11 + 1));
    const SegmentValue* champions = test::breakdownLine(r, u"email_champions"_s);
    QVERIFY(champions != nullptr);
    QCOMPARE(champions->n, qint64(2));
    QVERIFY(test::nearValue(champions->value, 50.0));
    QCOMPARE(champions->personalized.n, qint64(1));
    QVERIFY(test::nearValue(champions->personalized.value, 100.0));
    QCOMPARE(champions->control.n, qint64(1));
    QVERIFY(test::nearValue(champions->control.value, 0.0));
    QVERIFY(test::nearValue(test::breakdownLine(r, u"email_need_attention"_s)->value, 100.0));
    QCOMPARE(test::breakdownLine(r, u"email_lost"_s)->n, qint64(0));
    const SegmentValue* all = test::breakdownLine(r, u"email_all_segments"_s);
    QVERIFY(all != nullptr);
    QCOMPARE(all->n, qint64(3));
    QVERIFY(test::nearValue(all->value, 200.0 / 3.0));
}

void TestSegmentReport::membersAndGrowth() {
    const SegmentReport report = computeSegmentReport(sixCustomers(), kSecondQuarter);
    QVERIFY2(report.available, qPrintable(report.reason));
    QVERIFY(report.splitReason.isEmpty());
    QCOMPARE(report.rows.size(), std::size_t(11));
    for (std::size_t i = 0; i < report.rows.size(); ++i) {
        QCOMPARE(report.rows[i].id, rfmSegmentId(kAllRfmSegments[i]));
        QCOMPARE(report.rows[i].index, i);
    }
    // 5 customers with a segment on 31 Mar, 6 on 30 Jun → +20%.
    QCOMPARE(report.customersAtStart, qint64(5));
    QCOMPARE(report.customersAtEnd, qint64(6));
    QVERIFY(test::nearValue(report.growthPercent, 20.0));
    // Champions 2 → 1 (C): −50%; Need attention 1 → 0: −100%; Lost 1 (E) → 1 (D): 0%;
    // At risk 0 → 1 (A): no growth rate.
    const SegmentReportRow& champions = row(report, RfmSegment::Champions);
    QCOMPARE(champions.membersAtStart, qint64(2));
    QCOMPARE(champions.members.n, qint64(1));
    QVERIFY(test::nearValue(champions.growthPercent, -50.0));
    QVERIFY(test::nearValue(row(report, RfmSegment::NeedAttention).growthPercent, -100.0));
    QCOMPARE(row(report, RfmSegment::NeedAttention).members.n, qint64(0));
    QVERIFY(test::nearValue(row(report, RfmSegment::Lost).growthPercent, 0.0));
    const SegmentReportRow& atRisk = row(report, RfmSegment::AtRisk);
    QCOMPARE(atRisk.membersAtStart, qint64(0));
    QVERIFY(!atRisk.growthPercent);
    // Each of the six end segments holds 1 of 6 customers (16.67%); A and F are exposed by
    // 30 Jun, so At risk (A) is 1 of the 2 personalized customers and 0 of the 4 generic ones.
    QVERIFY(test::nearValue(atRisk.members.value, 100.0 / 6.0));
    QCOMPARE(atRisk.members.personalized.n, qint64(1));
    QVERIFY(test::nearValue(atRisk.members.personalized.value, 50.0));
    QCOMPARE(atRisk.members.control.n, qint64(0));
    QVERIFY(test::nearValue(atRisk.members.control.value, 0.0));
    QCOMPARE(atRisk.retention.n, qint64(0)); // nobody was At risk on 31 Mar
    QVERIFY(test::nearValue(champions.retention.value, 50.0));
}

void TestSegmentReport::periodFiguresOfEndSegments() {
    const SegmentReport report = computeSegmentReport(sixCustomers(), kSecondQuarter);
    QVERIFY2(report.available, qPrintable(report.reason));
    // Potential loyalist {F}: two orders of 60 in the quarter → AOV 60, revenue per customer
    // 120, repeat purchase 100% (2 orders by 30 Jun). Both orders are personalized (the first
    // matches the rule, the second is placed by an exposed customer).
    const SegmentReportRow& potential = row(report, RfmSegment::PotentialLoyalist);
    QVERIFY(test::nearValue(potential.averageOrderValue.value, 60.0));
    QCOMPARE(potential.averageOrderValue.n, qint64(2));
    QVERIFY(test::nearValue(potential.averageOrderValue.personalized.value, 60.0));
    QCOMPARE(potential.averageOrderValue.control.n, qint64(0));
    QVERIFY(!potential.averageOrderValue.control.value);
    QVERIFY(test::nearValue(potential.revenuePerCustomer.value, 120.0));
    QCOMPARE(potential.revenuePerCustomer.n, qint64(1));
    QVERIFY(test::nearValue(potential.repeatPurchase.value, 100.0));
    // At risk {A}: one order of 200 in the quarter, A's sixth → repeat 100%, AOV 200.
    const SegmentReportRow& atRisk = row(report, RfmSegment::AtRisk);
    QVERIFY(test::nearValue(atRisk.averageOrderValue.value, 200.0));
    QVERIFY(test::nearValue(atRisk.repeatPurchase.personalized.value, 100.0));
    // Can't lose them {B}: no order in the quarter → no period figures.
    const SegmentReportRow& cantLose = row(report, RfmSegment::CantLoseThem);
    QCOMPARE(cantLose.members.n, qint64(1));
    QVERIFY(!cantLose.averageOrderValue.value);
    QVERIFY(!cantLose.repeatPurchase.value);
    QCOMPARE(cantLose.repeatPurchase.n, qint64(0));
    // clv_simple within a segment, over the 12 months 1 Jul 2024 – 30 Jun 2025 (365 days):
    // Champions {C}: 1 order of 80, active on 30 Jun 2024 and still on 30 Jun 2025 → churn 0,
    // lifespan capped at 10 years → 80 × 1 × 10 = 800. About to sleep {E}: 40 × 1 × 10 = 400.
    // Potential loyalist {F}: not active before the 12 months, so no churn and no CLV.
    QVERIFY(test::nearValue(row(report, RfmSegment::Champions).clv.value, 800.0));
    QVERIFY(test::nearValue(row(report, RfmSegment::AboutToSleep).clv.value, 400.0));
    QVERIFY(!potential.clv.value);
    QCOMPARE(row(report, RfmSegment::Champions).clv.control.n, qint64(1));
}

void TestSegmentReport::unavailableWithoutOrders() {
    const SegmentReport empty = computeSegmentReport(OrderSnapshot{}, kSecondQuarter);
    QVERIFY(!empty.available);
    QVERIFY(!empty.reason.isEmpty());
    QVERIFY(empty.rows.empty());
    const SegmentReport invalid = computeSegmentReport(sixCustomers(), Period{});
    QVERIFY(!invalid.available);
    // Before the first order: no segments yet.
    const SegmentReport early =
        computeSegmentReport(sixCustomers(), {QDate(2023, 1, 1), QDate(2023, 3, 31)});
    QVERIFY(!early.available);
    QVERIFY2(early.reason.contains(u"2023-03-31"_s), qPrintable(early.reason));
}

PVI_TEST_CLASS(TestSegmentReport)
#include "test_segment_report.moc"
