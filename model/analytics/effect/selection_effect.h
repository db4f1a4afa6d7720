#pragma once
// The effect of personalization estimated from who was personalized (docs/effect.md): each
// customer's first personalized order starts their exposure; their behaviour over the year
// before is matched, by nearest neighbour on a propensity score, to customers who placed a
// generic order around the same day and were not exposed by then; the outcome over the days
// after is compared, plainly, after matching, and as a difference in differences.

#include "analytics/effect/logistic_regression.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace pvi {

/// One valid order of a customer: its day (a Julian day number) and net revenue.
struct EffectOrder {
    qint64 day = 0;
    double revenue = 0;
};

/// One customer as the estimate sees them.
struct EffectCustomer {
    qint64 id = 0;
    std::vector<EffectOrder> orders;      ///< in date order
    std::optional<qint64> exposedDay;     ///< day of the first personalized order
    std::optional<bool> acceptsMarketing; ///< unknown when the exports do not say
    QString country;                      ///< empty when unknown
};

/// The customers as the estimate reads them: one at a time, so that a caller can hand them over
/// without holding a copy of every customer's orders.
struct EffectCustomerReader {
    std::size_t count = 0;
    /// Writes customer `i` (0 ≤ i < count) into `customer`, whose storage it may reuse.
    std::function<void(std::size_t i, EffectCustomer& customer)> read;
};

enum class EffectOutcome { Revenue, Orders };

struct EffectOptions {
    qint64 fromDay = 0; ///< first exposures dated in [fromDay, toDay] are estimated
    qint64 toDay = 0;
    qint64 dataEndDay = 0;  ///< the last day the data covers: an outcome window must fit before it
    int windowDays = 90;    ///< outcome over the days (start, start + windowDays]
    int lookbackDays = 365; ///< covariates from the days [start − lookbackDays, start)
    EffectOutcome outcome = EffectOutcome::Revenue;
    std::uint64_t seed = 20261206;
    int replicates = 1000;             ///< bootstrap replicates
    int calendarCaliperDays = 14;      ///< a match's generic order is at most this many days away
    double caliperSdOfLogit = 0.2;     ///< Austin (2011): 0.2 standard deviations of the logit
    std::size_t matchesPerExposed = 1; ///< nearest candidates averaged per exposed customer
};

/// A difference per exposed customer over the window, with its 95% bootstrap interval.
struct EffectEstimate {
    double difference = 0;
    double ciLow = 0;
    double ciHigh = 0;
    double exposedMean = 0;    ///< the exposed customers' mean outcome
    double comparisonMean = 0; ///< the comparison group's mean outcome
    /// The difference relative to the comparison mean, in percent, with its bootstrap interval
    /// (the matched estimate only).
    std::optional<double> relativePercent;
    std::optional<std::pair<double, double>> relativeCi95;
    bool excludesZero() const { return ciLow > 0 || ciHigh < 0; }
};

/// One covariate's standardized mean difference between the exposed and the comparison group.
struct CovariateBalance {
    QString covariate;
    double smdBefore = 0; ///< against every candidate
    double smdAfter = 0;  ///< against the matched candidates
};

inline constexpr double kBalanceThreshold = 0.1;

struct SelectionEffect {
    EffectOutcome outcome = EffectOutcome::Revenue;
    int windowDays = 90;
    std::uint64_t seed = 0;
    qint64 exposedInPeriod = 0;  ///< first exposures dated in the period
    qint64 tooRecent = 0;        ///< of those, without a full outcome window in the data
    qint64 noHistory = 0;        ///< of those, without an order in the lookback before the start
    qint64 nExposed = 0;         ///< exposed customers estimated (a full window and a history)
    qint64 nMatched = 0;         ///< of those, with a match within the calipers
    qint64 nCandidates = 0;      ///< generic index orders the matches were drawn from
    qint64 distinctControls = 0; ///< distinct customers among the matches
    std::optional<EffectEstimate> naive;
    std::optional<EffectEstimate> matched;
    std::optional<EffectEstimate> differenceInDifferences;
    std::vector<CovariateBalance> balance;
    QStringList propensityTerms; ///< the intercept, then the model's covariates
    LogisticFit propensity;
    double outcomeSd = 0;       ///< the outcome's standard deviation over every index event
    double eligiblePerWeek = 0; ///< exposed and candidate events per week of the period
    /// What would settle it: customers per arm of a randomized test with 80% power at the 5%
    /// level to detect the matched difference (or the naive one when the matched is not
    /// positive), and the weeks the shop's own volume of ordering customers needs to fill both
    /// arms. Empty when there is no positive difference to detect.
    std::optional<qint64> confirmPerArm;
    std::optional<double> confirmWeeks;
    bool balanced = false; ///< every |SMD after| ≤ kBalanceThreshold
    QStringList warnings;  ///< plain-language: poor overlap, too few matched, imbalance
    QStringList notes;     ///< how the comparison was narrowed (groups nobody exposed is in)
    QString reason;        ///< why there is no estimate (empty when there is one)

    bool available() const { return matched.has_value(); }
};

/// Matched pairs below this are too few for an estimate.
inline constexpr qint64 kMinMatchedPairs = 20;

SelectionEffect estimateSelectionEffect(const EffectCustomerReader& customers,
                                        const EffectOptions& options);
/// The same for customers held in a vector.
SelectionEffect estimateSelectionEffect(const std::vector<EffectCustomer>& customers,
                                        const EffectOptions& options);

} // namespace pvi
