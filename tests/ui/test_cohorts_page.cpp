// The Cohorts page opened through the main window's navigation. On the demo shop it shows what
// the model computes as of the end of the filter's default period (the last valid order's day):
// the heat map holds computeCohorts()'s rows for the chosen measure and group, and the curves
// are cohortCurve() of every group. On the six-customer shop of tests/pvi/test_cohort_curve.cpp,
// as of 30 Jun 2025, the curves show the hand-worked 50% in month 1 (B, C and D of the 6
// customers ordered in their second month) and 66.7% in month 2 (B, C, A and F).
#include "analytics/cohorts/cohort_curve.h"
#include "charts/cohort_heatmap.h"
#include "charts/line_chart.h"
#include "gui_test_setup.h"
#include "page_test_workspace.h"
#include "pages/cohort_grid.h"
#include "pages/cohorts_page.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/reports/cohort_report.h"
#include "segments_test_shop.h"
#include "shell/main_window.h"
#include "temp_workspace.h"
#include "test_registry.h"
#include "widgets/value_format.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// Opens `path` in `window`, shows the Cohorts page and waits for its first load.
pvi::CohortsPage* openCohorts(pvi::MainWindow& window, const QString& path) {
    window.resize(1440, 900);
    window.show();
    QString error;
    if (!window.openWorkspace(path, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto* page = qobject_cast<pvi::CohortsPage*>(window.page(u"cohorts"_s));
    if (!page)
        return nullptr;
    QSignalSpy loaded(page, &pvi::Page::loaded);
    window.showPage(u"cohorts"_s);
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() && !page->isBusy(); }, 120000))
        return nullptr;
    return page;
}

bool sameGrid(const pvi::CohortGrid& shown, const pvi::CohortGrid& expected) {
    return shown.cohorts == expected.cohorts && shown.sizes == expected.sizes &&
           shown.values == expected.values;
}

/// The curve's values as the chart holds them: one per month offset from `first`, NaN where
/// there is none.
QList<double> curveValues(const std::vector<pvi::CohortCurvePoint>& curve, qsizetype length,
                          int first = 0) {
    QList<double> values(length, std::nan(""));
    for (const pvi::CohortCurvePoint& p : curve) {
        if (p.monthOffset >= first)
            values[p.monthOffset - first] = p.value;
    }
    return values;
}

/// The chart's line of that name (the groups are drawn first, all customers over them).
const pvi::LineSeriesData& line(const pvi::LineChart* chart, const QString& name) {
    for (const pvi::LineSeriesData& s : chart->series()) {
        if (s.name == name)
            return s;
    }
    qFatal("no line %s", qPrintable(name));
}

bool sameValues(const QList<double>& a, const QList<double>& b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i]))))
            return false;
    }
    return true;
}

} // namespace

class TestCohortsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void showsTheModelsCohortsOnTheDemoShop();
    void showsTheHandWorkedCurves();
    void withoutRulesShowsAllCustomersOnly();
};

void TestCohortsPage::showsTheModelsCohortsOnTheDemoShop() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"shop.pvi"_s);
    const QString error = pvi::test::buildDemoWorkspace(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pvi::MainWindow window;
    pvi::CohortsPage* page = openCohorts(window, path);
    QVERIFY(page);
    QVERIFY2(page->data().error.isEmpty(), qPrintable(page->data().error));
    QVERIFY(page->messageLabel()->isHidden());

    auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
    QVERIFY(opened.workspace);
    const QDate asOf = pvi::defaultMetricsQuery(*opened.workspace).period.to;
    QCOMPARE(page->data().period.to, asOf);
    const pvi::CohortMatrix expected = pvi::computeCohorts(*opened.workspace, asOf);
    QVERIFY(!expected.all.empty());
    QVERIFY(!expected.personalized.empty()); // the demo's rules personalize some first orders

    // Default: the share active in month k, all customers; the most recent 24 cohorts drawn.
    QCOMPARE(page->measure(), pvi::CohortMeasure::ActivePercent);
    QCOMPARE(page->group(), pvi::CohortGroup::All);
    QVERIFY(sameGrid(page->heatmap()->data(), pvi::cohortGrid(expected.all)));
    QVERIFY(page->heatmap()->cellFormat().share);
    QCOMPARE(page->heatmap()->visibleCohorts(), std::min(24, int(expected.all.size())));

    // The user picks revenue per customer, then the personalized onboarding.
    page->measureSelector()->setCurrentIndex(
        page->measureSelector()->findData(int(pvi::CohortMeasure::RevenuePerCustomer)));
    QVERIFY(sameGrid(page->heatmap()->data(),
                     pvi::cohortGrid(expected.all, pvi::CohortMeasure::RevenuePerCustomer)));
    QCOMPARE(page->heatmap()->cellFormat().prefix, pvi::currencySymbol(page->data().currency));
    QVERIFY(!page->heatmap()->cellFormat().prefix.isEmpty());
    page->groupSelector()->setCurrentIndex(
        page->groupSelector()->findData(int(pvi::CohortGroup::Personalized)));
    QVERIFY(
        sameGrid(page->heatmap()->data(),
                 pvi::cohortGrid(expected.personalized, pvi::CohortMeasure::RevenuePerCustomer)));

    // Curves: one line per group (all, personalized, generic) of the selected measure.
    const pvi::LineChart* curves = page->curveChart();
    QCOMPARE(curves->series().size(), 3);
    const std::pair<QString, const std::vector<pvi::CohortRow>*> groups[] = {
        {u"All customers"_s, &expected.all},
        {u"Personalized onboarding"_s, &expected.personalized},
        {u"Generic onboarding"_s, &expected.generic}};
    QCOMPARE(curves->categories().front(), u"0"_s);
    for (const auto& [name, rows] : groups) {
        const auto curve = pvi::cohortCurve(*rows, pvi::CohortMeasure::RevenuePerCustomer, asOf);
        QVERIFY2(
            sameValues(line(curves, name).values, curveValues(curve, curves->categories().size())),
            qPrintable(name));
    }
    // The retention curves start at month 1 (month 0 is 100% for every cohort).
    page->measureSelector()->setCurrentIndex(
        page->measureSelector()->findData(int(pvi::CohortMeasure::ActivePercent)));
    QCOMPARE(curves->categories().front(), u"1"_s);
    const auto retention = pvi::cohortCurve(expected.all, pvi::CohortMeasure::ActivePercent, asOf);
    QVERIFY(sameValues(line(curves, u"All customers"_s).values,
                       curveValues(retention, curves->categories().size(), 1)));
    QVERIFY(page->noteLabel()->text().contains(u"first valid order"_s));
}

void TestCohortsPage::showsTheHandWorkedCurves() {
    pvi::test::TempDir dir;
    const QString path = dir.path(u"six.pvi"_s);
    const QString error = pvi::test::buildSegmentsShop(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pvi::MainWindow window;
    pvi::CohortsPage* page = openCohorts(window, path);
    QVERIFY(page);
    QVERIFY(pvi::test::chooseCustomPeriod(window, QDate(2025, 4, 1), QDate(2025, 6, 30)));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->data().period.to == QDate(2025, 6, 30),
                             60000);

    // Cohorts Jan 2024 {E}, Apr 2024 {B, C, D}, Sep 2024 {A}, Apr 2025 {F}.
    const pvi::CohortGrid& grid = page->heatmap()->data();
    QCOMPARE(grid.cohorts, (QList<QDate>{{2024, 1, 1}, {2024, 4, 1}, {2024, 9, 1}, {2025, 4, 1}}));
    QCOMPARE(grid.sizes, (QList<qint64>{1, 3, 1, 1}));
    QVERIFY(std::abs(*grid.values[1][2] - 2.0 / 3.0) < 1e-12); // B and C ordered in June 2024
    QCOMPARE(page->heatmap()->cellText(*grid.values[1][2]), u"67%"_s);

    const pvi::LineChart* curves = page->curveChart();
    QCOMPARE(curves->series().size(), 3);
    // E's cohort runs from month 0 to 17 (Jan 2024 – Jun 2025); the retention curves from 1.
    QCOMPARE(curves->categories().size(), 17);
    const QList<double>& all = line(curves, u"All customers"_s).values;
    const QList<double>& personalized = line(curves, u"Personalized onboarding"_s).values;
    QVERIFY(std::abs(all[0] - 50.0) < 1e-9);           // month 1
    QVERIFY(std::abs(all[1] - 400.0 / 6.0) < 1e-9);    // month 2
    QVERIFY(std::abs(personalized[1] - 100.0) < 1e-9); // F reordered in June 2025
    QVERIFY(std::isnan(personalized[2]));              // F's month 3 is to come
    QVERIFY(std::abs(line(curves, u"Generic onboarding"_s).values[0] - 60.0) < 1e-9); // 3 of 5

    // Cumulative net revenue of the Apr 2024 cohort by June 2024: (360 + 240 + 100) / 3.
    page->measureSelector()->setCurrentIndex(
        page->measureSelector()->findData(int(pvi::CohortMeasure::RevenuePerCustomer)));
    QVERIFY(std::abs(*page->heatmap()->data().values[1][2] - 700.0 / 3.0) < 1e-9);
    QCOMPARE(page->heatmap()->cellText(700.0 / 3.0), u"$233"_s);
}

void TestCohortsPage::withoutRulesShowsAllCustomersOnly() {
    // Without a personalization rule nobody had a personalized onboarding: one curve, and the
    // group stays on all customers.
    pvi::test::TempDir dir;
    const QString path = dir.path(u"norules.pvi"_s);
    {
        auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        QVERIFY(pvi::importFile(*opened.workspace,
                                QStringLiteral(PVI_FIXTURES_DIR "/ui/orders_export.csv"))
                    .ok);
    }
    pvi::MainWindow window;
    pvi::CohortsPage* page = openCohorts(window, path);
    QVERIFY(page);
    QVERIFY(!page->data().hasRules);
    QVERIFY(!page->groupSelector()->isEnabled());
    QCOMPARE(page->group(), pvi::CohortGroup::All);
    QCOMPARE(page->curveChart()->series().size(), 1);
    QVERIFY(page->noteLabel()->text().contains(u"No personalization rule yet"_s));
}

PVI_TEST_CLASS(TestCohortsPage)
#include "test_cohorts_page.moc"
