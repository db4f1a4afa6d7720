// Cohort curves (cohort_curve.h) on the six-customer shop of test_segment_report.cpp, worked by
// hand. Cohorts by first-order month: Jan 2024 {E}, Apr 2024 {B, C, D}, Sep 2024 {A},
// Apr 2025 {F}; F's first order is personalized, so F alone had a personalized onboarding.
#include "analytics/cohorts/cohort_curve.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>

using namespace pvi;

namespace {

std::vector<CohortOrder> sixCustomerOrders() {
    return {
        {1, {2024, 9, 1}, 100}, {1, {2024, 11, 1}, 100}, {1, {2024, 12, 15}, 100},
        {1, {2025, 2, 1}, 100}, {1, {2025, 3, 20}, 100}, {1, {2025, 5, 10}, 200},
        {2, {2024, 4, 5}, 90},  {2, {2024, 5, 1}, 90},   {2, {2024, 6, 1}, 90},
        {2, {2024, 6, 25}, 90}, {3, {2024, 4, 10}, 80},  {3, {2024, 5, 15}, 80},
        {3, {2024, 6, 10}, 80}, {3, {2025, 6, 5}, 80},   {4, {2024, 4, 15}, 50},
        {4, {2024, 5, 1}, 50},  {5, {2024, 1, 10}, 30},  {5, {2025, 6, 1}, 40},
        {6, {2025, 4, 20}, 60}, {6, {2025, 6, 10}, 60},
    };
}

bool near(double actual, double expected) {
    const bool ok = std::abs(actual - expected) < 1e-9 * std::max(1.0, std::abs(expected));
    if (!ok)
        qWarning("actual %.10g, expected %.10g", actual, expected);
    return ok;
}

} // namespace

class TestCohortCurve : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void completeMonthsWeightedByCohortSize();
    void runningMonthIsLeftOut();
    void emptyWithoutCohorts();
};

void TestCohortCurve::completeMonthsWeightedByCohortSize() {
    const QDate asOf(2025, 6, 30); // June 2025 has ended: every column counts
    const CohortMatrix m = buildCohortMatrix(sixCustomerOrders(), asOf, {6});
    QCOMPARE(m.all.size(), std::size_t(4));
    const auto all = cohortCurve(m.all, CohortMeasure::ActivePercent, asOf);
    // Jan 2024 runs to Jun 2025: k = 0..17.
    QCOMPARE(all.size(), std::size_t(18));
    QVERIFY(near(all[0].value, 100.0));
    QCOMPARE(all[0].customers, qint64(6));
    // k = 1: E in Feb 2024 no, B C D in May 2024 all three, A in Oct 2024 no, F in May 2025 no
    // → 3 of 6 = 50%.
    QCOMPARE(all[1].cohorts, qint64(4));
    QVERIFY(near(all[1].value, 50.0));
    // k = 2: E (Mar 2024) 0, Apr 2024 cohort in Jun 2024 B and C (2 of 3), A in Nov 2024 1,
    // F in Jun 2025 1 → 4 of 6 = 66.67%; the same as 1 × 0 + 3 × 66.67 + 1 × 100 + 1 × 100 over 6.
    QVERIFY(near(all[2].value, 400.0 / 6.0));
    // k = 17 (Jun 2025) is E's cohort alone: E reordered on 1 Jun 2025.
    QCOMPARE(all[17].cohorts, qint64(1));
    QCOMPARE(all[17].customers, qint64(1));
    QVERIFY(near(all[17].value, 100.0));
    // Orders per customer up to the end of month 2: E 1, Apr 2024 9 / 3 = 3, A 2, F 2
    // → (1 + 9 + 2 + 2) / 6.
    const auto orders = cohortCurve(m.all, CohortMeasure::OrdersPerCustomer, asOf);
    QVERIFY(near(orders[2].value, 14.0 / 6.0));
    // Cumulative revenue per customer at k = 0: 30 + (90 + 80 + 50) + 100 + 60 = 410 over 6.
    const auto revenue = cohortCurve(m.all, CohortMeasure::RevenuePerCustomer, asOf);
    QVERIFY(near(revenue[0].value, 410.0 / 6.0));
    // Generic onboarding (E, B, C, D, A) at k = 1: 3 of 5; personalized (F): 0%, then 100%.
    const auto generic = cohortCurve(m.generic, CohortMeasure::ActivePercent, asOf);
    QVERIFY(near(generic[1].value, 60.0));
    const auto personalized = cohortCurve(m.personalized, CohortMeasure::ActivePercent, asOf);
    QCOMPARE(personalized.size(), std::size_t(3));
    QVERIFY(near(personalized[1].value, 0.0));
    QVERIFY(near(personalized[2].value, 100.0));
}

void TestCohortCurve::runningMonthIsLeftOut() {
    // On 10 Jun 2025 June is still running: F's k = 2 (June 2025) is left out, so k = 2 averages
    // E 0, the Apr 2024 cohort 2 of 3 and A 1 → 3 of 5 = 60%; the curve ends at E's May 2025.
    const QDate asOf(2025, 6, 10);
    const CohortMatrix m = buildCohortMatrix(sixCustomerOrders(), asOf, {6});
    const auto all = cohortCurve(m.all, CohortMeasure::ActivePercent, asOf);
    QCOMPARE(all.size(), std::size_t(17));
    QCOMPARE(all[2].cohorts, qint64(3));
    QCOMPARE(all[2].customers, qint64(5));
    QVERIFY(near(all[2].value, 60.0));
    QCOMPARE(all[16].monthOffset, 16);
}

void TestCohortCurve::emptyWithoutCohorts() {
    QVERIFY(cohortCurve({}, CohortMeasure::ActivePercent, QDate(2025, 6, 30)).empty());
    // A cohort whose first month is still running has no complete month yet.
    const CohortMatrix m = buildCohortMatrix({{1, {2025, 6, 5}, 10}}, QDate(2025, 6, 10), {});
    QVERIFY(cohortCurve(m.all, CohortMeasure::ActivePercent, QDate(2025, 6, 10)).empty());
}

PVI_TEST_CLASS(TestCohortCurve)
#include "test_cohort_curve.moc"
