#include "analytics/effect/selection_effect.h"

#include "analytics/effect/effect_index_events.h"
#include "analytics/effect/propensity_matching.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <unordered_map>
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

/// 2.5% and 97.5% percentiles of the replicates (sorted in place).
std::pair<double, double> percentileInterval(std::vector<double>& replicates) {
    std::sort(replicates.begin(), replicates.end());
    const auto at = [&](double q) {
        const double pos = q * double(replicates.size() - 1);
        const auto lo = static_cast<std::size_t>(std::floor(pos));
        const std::size_t hi = std::min(lo + 1, replicates.size() - 1);
        return replicates[lo] + (pos - double(lo)) * (replicates[hi] - replicates[lo]);
    };
    return {at(0.025), at(0.975)};
}

/// The candidates of each customer, summed, for the cluster bootstrap of the naive comparison.
struct Cluster {
    double sum = 0;
    double count = 0;
};

double standardizedDifference(double meanA, double meanB, double varA, double varB) {
    const double pooled = std::sqrt((varA + varB) / 2);
    return pooled > 0 ? (meanA - meanB) / pooled : 0.0;
}

/// The index without the candidates that no exposed event resembles on a yes/no covariate
/// (one that every exposed event has at the same value); a warning names each such group.
EffectIndex withOverlap(const EffectIndex& index, QStringList& notes) {
    EffectIndex overlap = index;
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
        const auto before = overlap.candidates.size();
        std::erase_if(overlap.candidates,
                      [&](const IndexEvent& c) { return c.covariates[j] != shared; });
        if (overlap.candidates.size() < before)
            notes.append(QStringLiteral("every personalized customer has \"%1\" = %2, so "
                                        "only generic customers with the same are compared "
                                        "(%3 candidate orders left out)")
                             .arg(index.covariates[j].name,
                                  shared != 0.0 ? QStringLiteral("yes") : QStringLiteral("no"))
                             .arg(before - overlap.candidates.size()));
    }
    return overlap;
}

/// An exposed event and the mean of its matches.
struct MatchedPair {
    double exposedAfter = 0;
    double exposedBefore = 0;
    double controlAfter = 0;
    double controlBefore = 0;
    std::vector<double> exposedCovariates;
    std::vector<double> controlCovariates;
};

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

} // namespace

SelectionEffect estimateSelectionEffect(const std::vector<EffectCustomer>& customers,
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
        result.reason = index.exposedInPeriod == 0
                            ? QStringLiteral("nobody was first personalized in the period")
                            : QStringLiteral("no personalized customer of the period has a full "
                                             "%1-day window and an order in the year before")
                                  .arg(options.windowDays);
        return result;
    }
    if (index.candidates.empty()) {
        result.reason = QStringLiteral("no customer placed a generic order around the days the "
                                       "personalized customers started");
        return result;
    }

    // Candidates in a group nobody exposed belongs to (a yes/no covariate all the exposed share,
    // such as consent when only consenting customers are personalized) have no overlap: their
    // score would be 0 and the model's maximum likelihood would lie at infinity. They stay in
    // the naive comparison and the balance before matching, not in the model and the matching.
    const std::size_t columns = index.covariates.size();
    const EffectIndex overlap = withOverlap(index, result.notes);
    if (overlap.candidates.empty()) {
        result.reason = QStringLiteral("no generic customer shares what every personalized "
                                       "customer has in common");
        return result;
    }

    // The propensity score: P(exposed | the year before) over exposed and candidate events.
    std::vector<double> design;
    std::vector<unsigned char> exposed;
    design.reserve((overlap.exposed.size() + overlap.candidates.size()) * columns);
    for (const auto* group : {&overlap.exposed, &overlap.candidates})
        for (const IndexEvent& event : *group) {
            const std::vector<double> row = modelRow(index, event);
            design.insert(design.end(), row.begin(), row.end());
            exposed.push_back(event.exposed ? 1 : 0);
        }
    result.propensity = fitLogistic(design, columns, exposed);
    result.propensityTerms.append(QStringLiteral("intercept"));
    for (const EffectCovariate& covariate : index.covariates)
        result.propensityTerms.append(covariate.logScale
                                          ? QStringLiteral("log(1 + %1)").arg(covariate.name)
                                          : covariate.name);
    const auto logitOf = [&](std::size_t row) {
        return result.propensity.logOdds(design.data() + row * columns);
    };
    const std::size_t nExposed = index.exposed.size();
    std::vector<double> logit(exposed.size());
    for (std::size_t i = 0; i < logit.size(); ++i)
        logit[i] = logitOf(i);
    const MeanVar logitSpread = meanVar(logit.size(), [&](std::size_t i) { return logit[i]; });
    const double caliper = options.caliperSdOfLogit * std::sqrt(logitSpread.var);

    const std::vector<PropensityMatch> matches = matchWithinCalipers(
        overlap, logit, caliper, options.calendarCaliperDays, options.matchesPerExposed);
    std::unordered_set<std::size_t> controls;
    std::vector<MatchedPair> pairs;
    pairs.reserve(matches.size());
    for (const PropensityMatch& match : matches) {
        const IndexEvent& t = index.exposed[match.exposed];
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

    // Balance: every covariate, before and after matching, on the pooled SD before matching.
    result.balanced = true;
    for (std::size_t j = 0; j < columns; ++j) {
        const MeanVar t =
            meanVar(nExposed, [&](std::size_t i) { return index.exposed[i].covariates[j]; });
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

    std::mt19937_64 rng(options.seed);
    const auto replicates = static_cast<std::size_t>(std::max(options.replicates, 100));

    // The naive comparison: every exposed customer against every candidate, the candidates
    // resampled by customer.
    std::unordered_map<std::size_t, Cluster> byCustomer;
    for (const IndexEvent& c : index.candidates) {
        Cluster& cluster = byCustomer[c.customer];
        cluster.sum += c.after;
        cluster.count += 1;
    }
    std::vector<Cluster> clusters;
    clusters.reserve(byCustomer.size());
    for (const auto& entry : byCustomer)
        clusters.push_back(entry.second);
    std::sort(clusters.begin(), clusters.end(), [](const Cluster& a, const Cluster& b) {
        return a.sum != b.sum ? a.sum < b.sum : a.count < b.count;
    }); // an order that does not depend on hashing, so the seed alone fixes the replicates
    {
        EffectEstimate naive;
        naive.exposedMean =
            meanVar(nExposed, [&](std::size_t i) { return index.exposed[i].after; }).mean;
        naive.comparisonMean = meanVar(index.candidates.size(), [&](std::size_t i) {
                                   return index.candidates[i].after;
                               }).mean;
        naive.difference = naive.exposedMean - naive.comparisonMean;
        std::vector<double> draws(replicates);
        std::uniform_int_distribution<std::size_t> pickExposed(0, nExposed - 1);
        std::uniform_int_distribution<std::size_t> pickCluster(0, clusters.size() - 1);
        for (double& draw : draws) {
            double exposedSum = 0;
            for (std::size_t i = 0; i < nExposed; ++i)
                exposedSum += index.exposed[pickExposed(rng)].after;
            Cluster total;
            for (std::size_t i = 0; i < clusters.size(); ++i) {
                const Cluster& c = clusters[pickCluster(rng)];
                total.sum += c.sum;
                total.count += c.count;
            }
            draw = exposedSum / double(nExposed) - total.sum / total.count;
        }
        std::tie(naive.ciLow, naive.ciHigh) = percentileInterval(draws);
        result.naive = naive;
    }

    const qint64 unmatched = result.nExposed - result.nMatched;
    if (double(unmatched) > kMaxUnmatchedShare * double(result.nExposed))
        result.warnings.append(
            QStringLiteral("poor overlap: %1 of %2 personalized customers found no comparable "
                           "generic customer, so the estimate speaks only for the rest")
                .arg(unmatched)
                .arg(result.nExposed));
    if (result.nMatched < kMinMatchedPairs) {
        result.reason = QStringLiteral("only %1 personalized customers found a match; at least "
                                       "%2 are needed for an estimate")
                            .arg(result.nMatched)
                            .arg(kMinMatchedPairs);
        result.warnings.append(result.reason);
        return result;
    }
    if (!result.balanced)
        result.warnings.append(QStringLiteral(
            "the matched groups still differ on a covariate by more than 0.1 standard "
            "deviations: the adjusted estimate may keep part of the selection"));

    // The matched estimate and the difference in differences, resampling the pairs (Austin &
    // Small 2014: the pairs of matching without replacement resampled as units).
    const auto pairDifference = [&](std::size_t p) {
        return pairs[p].exposedAfter - pairs[p].controlAfter;
    };
    const auto pairDid = [&](std::size_t p) {
        const MatchedPair& m = pairs[p];
        return (m.exposedAfter - m.exposedBefore) - (m.controlAfter - m.controlBefore);
    };
    EffectEstimate matched;
    EffectEstimate did;
    matched.exposedMean = did.exposedMean =
        meanVar(pairs.size(), [&](std::size_t p) { return pairs[p].exposedAfter; }).mean;
    matched.comparisonMean = did.comparisonMean =
        meanVar(pairs.size(), [&](std::size_t p) { return pairs[p].controlAfter; }).mean;
    matched.difference = meanVar(pairs.size(), pairDifference).mean;
    did.difference = meanVar(pairs.size(), pairDid).mean;
    std::vector<double> matchedDraws(replicates);
    std::vector<double> didDraws(replicates);
    std::vector<double> relativeDraws;
    std::uniform_int_distribution<std::size_t> pickPair(0, pairs.size() - 1);
    for (std::size_t r = 0; r < matchedDraws.size(); ++r) {
        double sumDifference = 0;
        double sumDid = 0;
        double sumComparison = 0;
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            const std::size_t p = pickPair(rng);
            sumDifference += pairDifference(p);
            sumDid += pairDid(p);
            sumComparison += pairs[p].controlAfter;
        }
        matchedDraws[r] = sumDifference / double(pairs.size());
        didDraws[r] = sumDid / double(pairs.size());
        if (sumComparison > 0)
            relativeDraws.push_back(100.0 * sumDifference / sumComparison);
    }
    std::tie(matched.ciLow, matched.ciHigh) = percentileInterval(matchedDraws);
    std::tie(did.ciLow, did.ciHigh) = percentileInterval(didDraws);
    // The relative difference only when nearly every replicate had a comparison to divide by.
    if (matched.comparisonMean > 0 && relativeDraws.size() * 100 >= matchedDraws.size() * 99) {
        matched.relativePercent = 100.0 * matched.difference / matched.comparisonMean;
        matched.relativeCi95 = percentileInterval(relativeDraws);
    }

    // What would settle it: n = 2 (z₀.₉₇₅ + z₀.₈)² σ² / δ² per arm (two-sample z test).
    const MeanVar outcome = meanVar(nExposed + index.candidates.size(), [&](std::size_t i) {
        return i < nExposed ? index.exposed[i].after : index.candidates[i - nExposed].after;
    });
    result.outcomeSd = std::sqrt(outcome.var);
    const double weeks = double(options.toDay - options.fromDay + 1) / 7.0;
    result.eligiblePerWeek = double(index.exposed.size() + index.candidates.size()) / weeks;
    const double target = matched.difference > 0 ? matched.difference : result.naive->difference;
    if (target > 0 && result.outcomeSd > 0) {
        constexpr double kZ = 1.959963984540054 + 0.8416212335729143;
        const double perArm = 2 * kZ * kZ * outcome.var / (target * target);
        result.confirmPerArm = static_cast<qint64>(std::ceil(perArm));
        if (result.eligiblePerWeek > 0)
            result.confirmWeeks = 2 * double(*result.confirmPerArm) / result.eligiblePerWeek;
    }
    result.matched = matched;
    result.differenceInDifferences = did;
    return result;
}

} // namespace pvi
