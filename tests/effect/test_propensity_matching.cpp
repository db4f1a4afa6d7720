// Greedy caliper matching (analytics/effect/propensity_matching.h) finds a candidate through
// per-day lists ordered by logit; it must choose exactly what the plain scan of every candidate
// in the calendar window chooses. The scan is kept here as the reference, run on random indexes
// with tied logits, candidates of the exposed customer, NaN logits (a candidate's, an exposed
// event's) and several calipers.
#include "analytics/effect/propensity_matching.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace pvi;

namespace {

/// The matching as a scan of every candidate in the calendar window (the reference).
std::vector<PropensityMatch> scanWithinCalipers(const EffectIndex& index,
                                                const std::vector<double>& logit, double caliper,
                                                int calendarDays, std::size_t perExposed) {
    const std::size_t nExposed = index.exposed.size();
    std::vector<std::size_t> order(nExposed);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return logit[a] > logit[b]; });
    std::vector<bool> used(index.candidates.size(), false);
    std::vector<PropensityMatch> matches;
    for (const std::size_t t : order) {
        const IndexEvent& e = index.exposed[t];
        std::vector<std::pair<double, std::size_t>> near;
        for (std::size_t c = 0; c < index.candidates.size(); ++c) {
            const IndexEvent& candidate = index.candidates[c];
            if (candidate.day < e.day - calendarDays || candidate.day > e.day + calendarDays)
                continue;
            const double distance = std::abs(logit[nExposed + c] - logit[t]);
            if (!used[c] && candidate.customer != e.customer && distance <= caliper)
                near.emplace_back(distance, c);
        }
        if (near.empty())
            continue;
        std::sort(near.begin(), near.end());
        PropensityMatch match;
        match.exposed = t;
        for (std::size_t i = 0; i < std::min(perExposed, near.size()); ++i) {
            match.candidates.push_back(near[i].second);
            used[near[i].second] = true;
        }
        matches.push_back(std::move(match));
    }
    std::sort(
        matches.begin(), matches.end(),
        [](const PropensityMatch& a, const PropensityMatch& b) { return a.exposed < b.exposed; });
    return matches;
}

/// A random index: exposed and candidates over `days` days (candidates by day), customers
/// drawn from a small pool, logits rounded to two decimals so that many tie.
void randomIndex(std::mt19937_64& rng, int days, EffectIndex& index, std::vector<double>& logit) {
    std::uniform_int_distribution<int> day(0, days - 1);
    std::uniform_int_distribution<std::size_t> customer(0, 400);
    std::normal_distribution<double> score(0.0, 1.5);
    const auto rounded = [&] { return std::round(score(rng) * 100.0) / 100.0; };
    index = {};
    for (int i = 0; i < 300; ++i)
        index.exposed.push_back({customer(rng), 2460000 + day(rng), true, {}, 0, 0});
    for (int i = 0; i < 3000; ++i)
        index.candidates.push_back({customer(rng), 2460000 + day(rng), false, {}, 0, 0});
    std::stable_sort(index.candidates.begin(), index.candidates.end(),
                     [](const IndexEvent& a, const IndexEvent& b) { return a.day < b.day; });
    logit.clear();
    for (std::size_t i = 0; i < index.exposed.size() + index.candidates.size(); ++i)
        logit.push_back(rounded());
    logit[index.exposed.size() + 17] = std::numeric_limits<double>::quiet_NaN();
    logit[5] = std::numeric_limits<double>::quiet_NaN(); // an exposed event's
}

QString describe(const std::vector<PropensityMatch>& matches) {
    QStringList parts;
    for (const PropensityMatch& m : matches) {
        QStringList c;
        for (std::size_t i : m.candidates)
            c << QString::number(i);
        parts << QStringLiteral("%1:%2").arg(m.exposed).arg(c.join(u','));
    }
    return parts.join(u' ');
}

} // namespace

class TestPropensityMatching : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameMatchesAsScanningTheWindow() {
        std::mt19937_64 rng(20261207);
        int compared = 0;
        std::size_t matched = 0;
        for (int round = 0; round < 12; ++round) {
            EffectIndex index;
            std::vector<double> logit;
            randomIndex(rng, round % 2 == 0 ? 120 : 20, index, logit);
            for (const double caliper : {0.0, 0.01, 0.05, 0.3})
                for (const int calendarDays : {0, 7, 30})
                    for (const std::size_t perExposed : {std::size_t(1), std::size_t(3)}) {
                        const auto expected =
                            scanWithinCalipers(index, logit, caliper, calendarDays, perExposed);
                        const auto actual =
                            matchWithinCalipers(index, logit, caliper, calendarDays, perExposed);
                        const QString e = describe(expected);
                        const QString a = describe(actual);
                        QVERIFY2(a == e,
                                 qPrintable(QStringLiteral("round %1, caliper %2, %3 days, %4 per "
                                                           "exposed: matches differ")
                                                .arg(round)
                                                .arg(caliper)
                                                .arg(calendarDays)
                                                .arg(perExposed)));
                        matched += expected.size();
                        ++compared;
                    }
        }
        QCOMPARE(compared, 12 * 4 * 3 * 2);
        QVERIFY2(matched > 20000,
                 qPrintable(QStringLiteral("only %1 matches compared").arg(matched)));
    }
};

PVI_TEST_CLASS(TestPropensityMatching)
#include "test_propensity_matching.moc"
