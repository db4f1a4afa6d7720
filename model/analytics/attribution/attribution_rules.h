#pragma once

#include "analytics/attribution/journey.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace pvi {

/// The rule-based (heuristic) attribution models.
enum class AttributionRule {
    FirstTouch,    ///< 100% to the first touch
    LastTouch,     ///< 100% to the last touch
    Linear,        ///< equal shares
    TimeDecay,     ///< 2^(−(conversion − touch)/7 days), normalized per journey
    PositionBased, ///< 40/20/40 (2 touches 50/50, 1 touch 100%)
    WShaped,       ///< 30% first, middle (index ⌊(n−1)/2⌋), last; 10% over the rest
};

/// Every rule, in the order the reports list them.
std::vector<AttributionRule> attributionRules();

/// The stable id of a rule ("first_touch", "last_touch", "linear", "time_decay",
/// "position_based", "w_shaped").
QString attributionRuleId(AttributionRule rule);

/// The half-life of the time-decay model, in seconds (7 days).
constexpr double kTimeDecayHalfLifeSeconds = 7.0 * 86400.0;

/// The share of one conversion each touch receives under a rule. `touches` are the counted
/// touches in time order (see countedTouches); `convertedAt` is the conversion time (when invalid,
/// time decay measures from the last touch). The shares sum to 1 (empty for no touches).
std::vector<double> attributionShares(AttributionRule rule, const std::vector<Touch>& touches,
                                      const QDateTime& convertedAt);

} // namespace pvi
