#include "analytics/effect/selection_effect.h"

#include "analytics/effect/effect_bootstrap.h"
#include "analytics/effect/effect_index_events.h"
#include "analytics/effect/propensity_matching.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <future>
#include <numeric>
#include <optional>
#include <unordered_set>

namespace pvi {

namespace {

/// Warn when more than this share of the exposed customers found no match.
constexpr double kMaxUnmatchedShare = 0.1;

/// The propensity model's design row of an event.
std::vector<double> modelRow(const EffectIndex& index, const IndexEvent& event) {
    std::vector<double> row(event.covariates.size());
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = index.covariates[j].logScale ? std::log1p(std::max(0.0, event.covariates[j]))
                                              : event.covariates[j];
    return row;
}

double standardizedDifference(double meanA, double meanB, double varA, double varB) {
    const double pooled = std::sqrt((varA + varB) / 2);
    return pooled > 0 ? (meanA - meanB) / pooled : 0.0;
}

/// The index without the candidates that no exposed event resembles on a yes/no covariate
/// (one that every exposed event has at the same value); a warning names each such group. None
/// when no candidate is left out: the index itself is the overlap then, not copied (its events'
/// covariates are a large part of the estimate's memory).
std::optional<EffectIndex> withOverlap(const EffectIndex& index, QStringList& notes) {
    std::optional<EffectIndex> overlap;
    for (std::size_t j = 0; j < index.covariates.size(); ++j) {
        const double shared = index.exposed.front().covariates[j];
        const auto yesNo = [&](const IndexEvent& e) {
            return e.covariates[j] == 0.0 || e.covariates[j] == 1.0;
        };
        const bool allShare =
            std::all_of(index.exposed.begin(), index.exposed.end(),
                        [&](const IndexEvent& e) { return yesNo(e) && e.covariates[j] == shared; });
        if (!allShare || !std::all_of(index.candidates.begin(), index.candidates.end(), yesNo))
            continue;
        const auto differs = [&](const IndexEvent& c) { return c.covariates[j] != shared; };
        const std::vector<IndexEvent>& left = overlap ? overlap->candidates : index.candidates;
        if (std::none_of(left.begin(), left.end(), differs))
            continue;
        if (!overlap)
            overlap = index;
        const auto before = overlap->candidates.size();
        std::erase_if(overlap->candidates, differs);
        if (overlap->candidates.size() < before)
            notes.append(QStringLiteral("every personalized customer has \"%1\" = %2, so "
                                        "only generic customers with the same are compared "
                                        "(%3 candidate orders left out)")
                             .arg(index.covariates[j].name,
                                  shared != 0.0 ? QStringLiteral("yes") : QStringLiteral("no"))
                             .arg(before - overlap->candidates.size()));
    }
    return overlap;
}

struct MeanVar {
    double mean = 0;
    double var = 0;
};

template <typename Value> MeanVar meanVar(std::size_t n, Value value) {
    MeanVar m;
    if (n == 0)
        return m;
    for (std::size_t i = 0; i < n; ++i)
        m.mean += value(i);
    m.mean /= double(n);
    for (std::size_t i = 0; i < n; ++i)
        m.var += (value(i) - m.mean) * (value(i) - m.mean);
    m.var = n > 1 ? m.var / double(n - 1) : 0.0;
    return m;
}

/// The propensity model fitted on the overlapping events (starts first, then candidates), and
/// every event's logit in that order.
std::vector<double> fitPropensity(const EffectIndex& overlap, SelectionEffect& result) {
    const std::size_t columns = overlap.covariates.size();
    std::vector<double> design;
    std::vector<unsigned char> exposed;
    design.reserve((overlap.exposed.size() + overlap.candidates.size()) * columns);
    for (const auto* group : {&overlap.exposed, &overlap.candidates})
        for (const IndexEvent& event : *group) {
            const std::vector<double> row = modelRow(overlap, event);
            design.insert(design.end(), row.begin(), row.end());
            exposed.push_back(event.exposed ? 1 : 0);
        }
    result.propensity = fitLogistic(design, columns, exposed);
    result.propensityTerms.append(QStringLiteral("intercept"));
    for (const EffectCovariate& covariate : overlap.covariates)
        result.propensityTerms.append(covariate.logScale
                                          ? QStringLiteral("log(1 + %1)").arg(covariate.name)
                                          : covariate.name);
    std::vector<double> logit(exposed.size());
    for (std::size_t i = 0; i < logit.size(); ++i)
        logit[i] = result.propensity.logOdds(design.data() + i * columns);
    return logit;
}

/// Each match as a pair of outcomes and covariates (the mean of its candidates).
std::vector<MatchedPair> pairsOf(const EffectIndex& overlap,
                                 const std::vector<PropensityMatch>& matches,
                                 SelectionEffect& result) {
    const std::size_t columns = overlap.covariates.size();
    std::unordered_set<std::size_t> controls;
    std::vector<MatchedPair> pairs;
    pairs.reserve(matches.size());
    for (const PropensityMatch& match : matches) {
        const IndexEvent& t = overlap.exposed[match.exposed];
        MatchedPair pair{t.after, t.before, 0, 0, t.covariates, std::vector<double>(columns, 0.0)};
        const double share = 1.0 / double(match.candidates.size());
        for (const std::size_t c : match.candidates) {
            const IndexEvent& candidate = overlap.candidates[c];
            controls.insert(candidate.customer);
            pair.controlAfter += share * candidate.after;
            pair.controlBefore += share * candidate.before;
            for (std::size_t j = 0; j < columns; ++j)
                pair.controlCovariates[j] += share * candidate.covariates[j];
        }
        pairs.push_back(std::move(pair));
    }
    result.nMatched = qint64(pairs.size());
    result.distinctControls = qint64(controls.size());
    return pairs;
}

/// Every covariate's standardized difference before matching (every start against every
/// candidate) and after (the pairs), both on the pooled SD before matching.
void balanceTable(const EffectIndex& index, const std::vector<MatchedPair>& pairs,
                  SelectionEffect& result) {
    result.balanced = true;
    for (std::size_t j = 0; j < index.covariates.size(); ++j) {
        const MeanVar t = meanVar(index.exposed.size(),
                                  [&](std::size_t i) { return index.exposed[i].covariates[j]; });
        const MeanVar c = meanVar(index.candidates.size(),
                                  [&](std::size_t i) { return index.candidates[i].covariates[j]; });
        if (t.var == 0 && c.var == 0 && t.mean == c.mean)
            continue; // the same constant in both groups: nothing to balance
        const MeanVar tm =
            meanVar(pairs.size(), [&](std::size_t i) { return pairs[i].exposedCovariates[j]; });
        const MeanVar cm =
            meanVar(pairs.size(), [&](std::size_t i) { return pairs[i].controlCovariates[j]; });
        CovariateBalance b{index.covariates[j].name,
                           standardizedDifference(t.mean, c.mean, t.var, c.var),
                           standardizedDifference(tm.mean, cm.mean, t.var, c.var)};
        result.balanced = result.balanced && std::abs(b.smdAfter) <= kBalanceThreshold;
        result.balance.push_back(b);
    }
}

/// What would settle it: n = 2 (z₀.₉₇₅ + z₀.₈)² σ² / δ² per arm (two-sample z test) for the
/// matched difference (the naive one when the matched is not positive), and the weeks the
/// shop's ordering customers need to fill both arms.
void planConfirmingExperiment(const EffectIndex& index, const EffectOptions& options,
                              SelectionEffect& result) {
    const std::size_t nExposed = index.exposed.size();
    const MeanVar outcome = meanVar(nExposed + index.candidates.size(), [&](std::size_t i) {
        return i < nExposed ? index.exposed[i].after : index.candidates[i - nExposed].after;
    });
    result.outcomeSd = std::sqrt(outcome.var);
    const double weeks = double(options.toDay - options.fromDay + 1) / 7.0;
    result.eligiblePerWeek = double(nExposed + index.candidates.size()) / weeks;
    const double target =
        result.matched->difference > 0 ? result.matched->difference : result.naive->difference;
    if (!(target > 0) || !(result.outcomeSd > 0))
        return;
    constexpr double kZ = 1.959963984540054 + 0.8416212335729143;
    result.confirmPerArm =
        static_cast<qint64>(std::ceil(2 * kZ * kZ * outcome.var / (target * target)));
    if (result.eligiblePerWeek > 0)
        result.confirmWeeks = 2 * double(*result.confirmPerArm) / result.eligiblePerWeek;
}

} // namespace

SelectionEffect estimateSelectionEffect(const std::vector<EffectCustomer>& customers,
                                        const EffectOptions& options) {
    const EffectCustomerReader reader{
        customers.size(), [&customers](std::size_t i, EffectCustomer& c) { c = customers[i]; }};
    return estimateSelectionEffect(reader, options);
}

SelectionEffect estimateSelectionEffect(const EffectCustomerReader& customers,
                                        const EffectOptions& options) {
    SelectionEffect result;
    result.outcome = options.outcome;
    result.windowDays = options.windowDays;
    result.seed = options.seed;
    const EffectIndex index = buildEffectIndex(customers, options);
    result.exposedInPeriod = index.exposedInPeriod;
    result.tooRecent = index.tooRecent;
    result.noHistory = index.noHistory;
    result.nExposed = qint64(index.exposed.size());
    result.nCandidates = qint64(index.candidates.size());
    if (index.exposed.empty()) {
        result.reason =
            index.exposedInPeriod == 0
                ? QCoreApplication::translate("pvi::EffectText",
                                              "nobody was first personalized in the period")
                : QCoreApplication::translate("pvi::EffectText",
                                              "no personalized customer of the period has a full "
                                              "%1-day window and an order in the year before")
                      .arg(options.windowDays);
        return result;
    }
    if (index.candidates.empty()) {
        result.reason = QCoreApplication::translate(
            "pvi::EffectText", "no customer placed a generic order around the days the "
                               "personalized customers started");
        return result;
    }

    // Candidates in a group nobody exposed belongs to (a yes/no covariate all the exposed share,
    // such as consent when only consenting customers are personalized) have no overlap: their
    // score would be 0 and the model's maximum likelihood would lie at infinity. They stay in
    // the naive comparison and the balance before matching, not in the model and the matching.
    const std::optional<EffectIndex> narrowed = withOverlap(index, result.notes);
    const EffectIndex& overlap = narrowed ? *narrowed : index;
    if (overlap.candidates.empty()) {
        result.reason = QCoreApplication::translate(
            "pvi::EffectText", "no generic customer shares what every personalized "
                               "customer has in common");
        return result;
    }

    // The naive interval needs the index alone: its replicates are drawn on a thread of their
    // own while the propensity model is fitted and the events matched (on the 10M-line shop, 4 s
    // of draws beside 5 s of fitting and matching). The matched intervals then draw from the same
    // generator, so every draw is the one it was.
    MersenneTwister64 rng(options.seed);
    const auto replicates = static_cast<std::size_t>(std::max(options.replicates, 100));
    std::future<EffectEstimate> naive = std::async(std::launch::async, [&index, replicates, &rng] {
        return naiveEstimate(index, replicates, rng);
    });

    // The propensity score: P(exposed | the year before) over the overlapping events; greedy
    // nearest neighbours on its logit within the calipers.
    const std::vector<double> logit = fitPropensity(overlap, result);
    const MeanVar logitSpread = meanVar(logit.size(), [&](std::size_t i) { return logit[i]; });
    const double caliper = options.caliperSdOfLogit * std::sqrt(logitSpread.var);
    const std::vector<MatchedPair> pairs =
        pairsOf(overlap,
                matchWithinCalipers(overlap, logit, caliper, options.calendarCaliperDays,
                                    options.matchesPerExposed),
                result);
    balanceTable(index, pairs, result);

    result.naive = naive.get();

    const qint64 unmatched = result.nExposed - result.nMatched;
    if (double(unmatched) > kMaxUnmatchedShare * double(result.nExposed))
        result.warnings.append(
            QCoreApplication::translate(
                "pvi::EffectText",
                "poor overlap: %1 of %2 personalized customers found no comparable "
                "generic customer, so the estimate speaks only for the rest")
                .arg(unmatched)
                .arg(result.nExposed));
    if (result.nMatched < kMinMatchedPairs) {
        result.reason =
            QCoreApplication::translate("pvi::EffectText",
                                        "only %1 personalized customers found a match; at least "
                                        "%2 are needed for an estimate")
                .arg(result.nMatched)
                .arg(kMinMatchedPairs);
        result.warnings.append(result.reason);
        return result;
    }
    if (!result.balanced)
        result.warnings.append(QCoreApplication::translate(
            "pvi::EffectText",
            "the matched groups still differ on a covariate by more than 0.1 standard "
            "deviations: the adjusted estimate may keep part of the selection"));

    const MatchedEstimates estimates = matchedEstimates(pairs, replicates, rng);
    result.matched = estimates.matched;
    result.differenceInDifferences = estimates.differenceInDifferences;
    planConfirmingExperiment(index, options, result);
    return result;
}

} // namespace pvi
