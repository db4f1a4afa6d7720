// The window's run cache (model/pvi/engine/pvi_run_cache.h): a run is computed once per workspace
// state, period and comparison; any write gives a new workspace stamp and so a new run; two
// threads asking for the same run share one computation. Counts come from computedRuns().
#include "full_demo_workspace.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/period_filter.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_run_cache.h"
#include "pvi/engine/pvi_sources.h"
#include "pvi/engine/work_pool.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>
#include <QThreadPool>

#include <memory>
#include <thread>
#include <vector>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Workspace> openWorkspace(const QString& path) {
    return Workspace::open(path, Workspace::Mode::OpenExisting).workspace;
}

/// The values of two result lists differ somewhere (value, n or a group's value).
bool anyValueDiffers(const std::vector<PviResult>& a, const std::vector<PviResult>& b) {
    if (a.size() != b.size())
        return true;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].value != b[i].value || a[i].n != b[i].n ||
            a[i].personalized.value != b[i].personalized.value ||
            a[i].personalized.n != b[i].personalized.n)
            return true;
    }
    return false;
}

} // namespace

class TestPviRunCache : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase();
    void init();
    void servesTheSameRunWithoutComputingAgain();
    void anotherPeriodIsAnotherRun();
    void readingDoesNotChangeTheStamp();
    void aWriteByAnotherConnectionGivesANewRun();
    void invalidateForgetsTheWorkspacesRuns();
    void concurrentRequestsShareOneComputation();
    void keepsAtMostItsCapacity();
    void aPrefetchedRunServesThePage();
    void everyCellIsWhatThePviGivesAlone();
};

void TestPviRunCache::initTestCase() {
    m_path = m_dir.path(u"demo.pvi"_s);
    const QString error = test::buildFullDemoWorkspace(m_path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPviRunCache::init() {
    PviRunCache::shared().clear();
}

void TestPviRunCache::servesTheSameRunWithoutComputingAgain() {
    PviRunCache& cache = PviRunCache::shared();
    const std::int64_t before = cache.computedRuns();
    std::shared_ptr<const PviRun> first;
    {
        auto ws = openWorkspace(m_path);
        QVERIFY(ws);
        first = cache.run(*ws, defaultMetricsQuery(*ws));
    }
    QCOMPARE(cache.computedRuns(), before + 1);
    auto ws = openWorkspace(m_path); // a new connection, as each page load opens one
    QVERIFY(ws);
    const std::shared_ptr<const PviRun> second = cache.run(*ws, defaultMetricsQuery(*ws));
    QVERIFY2(second == first, "the second request of the same run was computed again");
    QCOMPARE(cache.computedRuns(), before + 1);

    // What it serves is what computeRun computes, sparklines included.
    const PviRun direct = computeRun(*ws, defaultMetricsQuery(*ws), kWindowSparklinePoints);
    QVERIFY2(!anyValueDiffers(direct.results, first->results),
             "the cached run's values differ from computeRun's");
    QCOMPARE(first->sparklines.size(), direct.sparklines.size());
    QVERIFY(!first->sparklines.empty());
}

void TestPviRunCache::anotherPeriodIsAnotherRun() {
    PviRunCache& cache = PviRunCache::shared();
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    PeriodFilter last30;
    last30.preset = PeriodFilter::Preset::Last30Days;
    PeriodFilter lastYear;
    lastYear.comparison = PeriodFilter::Comparison::SamePeriodLastYear;
    const std::int64_t before = cache.computedRuns();
    const auto ninety = cache.run(*ws, resolveQuery(*ws, PeriodFilter{}));
    const auto thirty = cache.run(*ws, resolveQuery(*ws, last30));
    const auto yearAgo = cache.run(*ws, resolveQuery(*ws, lastYear));
    QCOMPARE(cache.computedRuns(), before + 3);
    QVERIFY(ninety != thirty && ninety != yearAgo);
    QCOMPARE(thirty->query.period.days(), qint64(30));
    QCOMPARE(yearAgo->query.comparison.to, ninety->query.period.to.addYears(-1));
    // Back to a period already seen: no computation.
    QVERIFY(cache.run(*ws, resolveQuery(*ws, PeriodFilter{})) == ninety);
    QVERIFY(cache.run(*ws, resolveQuery(*ws, last30)) == thirty);
    QCOMPARE(cache.computedRuns(), before + 3);
}

void TestPviRunCache::readingDoesNotChangeTheStamp() {
    const WorkspaceStamp before = workspaceStamp(m_path);
    QVERIFY2(before.size > 0, "the workspace file has no stamp");
    for (int i = 0; i < 3; ++i) {
        auto ws = openWorkspace(m_path);
        QVERIFY(ws);
        computeMetrics(*ws, defaultMetricsQuery(*ws));
    }
    const WorkspaceStamp after = workspaceStamp(m_path);
    QVERIFY2(after == before, "opening, reading and closing the workspace changed its stamp, so "
                              "the window would recompute on every page switch");
}

void TestPviRunCache::aWriteByAnotherConnectionGivesANewRun() {
    test::TempDir dir;
    const QString path = dir.path(u"copy.pvi"_s);
    QVERIFY(QFile::copy(m_path, path));
    PviRunCache& cache = PviRunCache::shared();
    auto reader = openWorkspace(path);
    QVERIFY(reader);
    const MetricsQuery query = defaultMetricsQuery(*reader);
    const auto before = cache.run(*reader, query);
    const std::int64_t computed = cache.computedRuns();

    // Another connection (another process would do the same) removes every rule: nothing is
    // personalized any more, so the split changes.
    {
        auto writer = openWorkspace(path);
        QVERIFY(writer);
        for (const PersonalizationRule& rule : PersonalizationRules::list(*writer))
            QVERIFY(PersonalizationRules::remove(*writer, rule.id, nullptr));
    }
    const auto after = cache.run(*reader, query);
    QCOMPARE(cache.computedRuns(), computed + 1);
    QVERIFY2(anyValueDiffers(before->results, after->results),
             "removing every rule changed no PVI: the run was served stale");
    const PviRun direct = computeRun(*reader, query);
    QVERIFY2(!anyValueDiffers(direct.results, after->results),
             "the run after the write differs from a fresh computation");
}

void TestPviRunCache::invalidateForgetsTheWorkspacesRuns() {
    PviRunCache& cache = PviRunCache::shared();
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    const MetricsQuery query = defaultMetricsQuery(*ws);
    const auto first = cache.run(*ws, query);
    const std::int64_t computed = cache.computedRuns();
    cache.invalidate(m_path);
    const auto second = cache.run(*ws, query);
    QCOMPARE(cache.computedRuns(), computed + 1);
    QVERIFY(second != first);
}

void TestPviRunCache::concurrentRequestsShareOneComputation() {
    PviRunCache& cache = PviRunCache::shared();
    const std::int64_t before = cache.computedRuns();
    constexpr int kThreads = 4;
    std::vector<std::shared_ptr<const PviRun>> runs(kThreads);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([this, &runs, &cache, i] {
            auto ws = openWorkspace(m_path);
            if (ws)
                runs[std::size_t(i)] = cache.run(*ws, defaultMetricsQuery(*ws));
        });
    }
    for (std::thread& t : threads)
        t.join();
    QCOMPARE(cache.computedRuns(), before + 1);
    for (const auto& run : runs)
        QVERIFY2(run && run == runs.front(), "a thread got its own computation of the same run");
}

void TestPviRunCache::keepsAtMostItsCapacity() {
    PviRunCache& cache = PviRunCache::shared();
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    const QDate last = lastDayOfData(*ws);
    QVERIFY(last.isValid());
    // One more short period than the cache keeps: the first (least recently used) is dropped.
    std::vector<MetricsQuery> queries;
    for (int i = 0; i <= PviRunCache::kCapacity; ++i) {
        const Period period{last.addDays(-6 - 7 * i), last.addDays(-7 * i)};
        queries.push_back({period, period.previous()});
    }
    for (const MetricsQuery& q : queries)
        cache.run(*ws, q);
    const std::int64_t computed = cache.computedRuns();
    cache.run(*ws, queries.back()); // kept
    QCOMPARE(cache.computedRuns(), computed);
    cache.run(*ws, queries.front()); // dropped
    QCOMPARE(cache.computedRuns(), computed + 1);
}

void TestPviRunCache::aPrefetchedRunServesThePage() {
    PviRunCache& cache = PviRunCache::shared();
    const std::int64_t before = cache.computedRuns();
    PeriodFilter filter;
    filter.preset = PeriodFilter::Preset::Last30Days;
    cache.prefetch(m_path, filter);
    // The page's request, made while the prefetch computes or after it: one computation.
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    const std::shared_ptr<const PviRun> run = cache.run(*ws, resolveQuery(*ws, filter));
    QVERIFY(run && !run->results.empty());
    QVERIFY(pvi::workPool().waitForDone(60000));
    QCOMPARE(cache.computedRuns(), before + 1);
    QCOMPARE(run->query.period.from, resolveQuery(*ws, filter).period.from);
    QCOMPARE(run->query.period.to, resolveQuery(*ws, filter).period.to);
}

void TestPviRunCache::everyCellIsWhatThePviGivesAlone() {
    // computeRun computes its cells (a PVI in a period) on two threads and puts them back in
    // place: every value, previous value and sparkline point must be what computePviIn gives
    // for that PVI and period alone, on one thread.
    auto ws = openWorkspace(m_path);
    QVERIFY(ws);
    PeriodFilter filter;
    filter.comparison = PeriodFilter::Comparison::PreviousPeriod;
    const MetricsQuery query = resolveQuery(*ws, filter);
    QVERIFY(query.comparison.isValid());
    const PviRun run = computeRun(*ws, query, kWindowSparklinePoints);
    PviSources alone(*ws);
    const auto differs = [](const PviResult& a, const PviResult& b) {
        return a.available != b.available || a.value != b.value || a.n != b.n ||
               a.personalized.value != b.personalized.value || a.control.value != b.control.value;
    };
    int checked = 0;
    for (const PviResult& result : run.results) {
        const PviFamily family = *pviFamilyOf(result.id);
        if (family == PviFamily::Targets)
            continue; // judged from the other results, not computed alone
        const PviResult expected = computePviIn(alone, result.id, query.period);
        QVERIFY2(!differs(result, expected), qPrintable(result.id + u" differs in the period"_s));
        if (family != PviFamily::Predictive && family != PviFamily::Effect) {
            const PviResult previous = computePviIn(alone, result.id, query.comparison);
            QVERIFY2(result.previous.value == previous.value && result.previous.n == previous.n,
                     qPrintable(result.id + u" differs in the comparison"_s));
        }
        ++checked;
    }
    const std::vector<Period> periods = consecutivePeriods(query.period, kWindowSparklinePoints);
    int points = 0;
    for (const auto& [id, trend] : run.sparklines) {
        QCOMPARE(trend.size(), periods.size());
        if (*pviFamilyOf(id) == PviFamily::Targets)
            continue;
        for (std::size_t p = 0; p < periods.size(); ++p) {
            const PviResult expected = computePviIn(alone, id, periods[p]);
            const bool same = expected.available ? trend[p].second == expected.value
                                                 : !trend[p].second.has_value();
            QVERIFY2(trend[p].first == periods[p].to && same,
                     qPrintable(u"%1's point %2 differs"_s.arg(id).arg(p)));
            ++points;
        }
    }
    QVERIFY2(checked > 50 && points > 200,
             qPrintable(u"only %1 results and %2 points checked"_s.arg(checked).arg(points)));
}

PVI_TEST_CLASS(TestPviRunCache)
#include "test_pvi_run_cache.moc"
