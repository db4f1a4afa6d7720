#pragma once

// fairness_ratio (family Fairness of docs/pvi-catalogue.md): for each segment dimension, the
// lowest group rate divided by the highest group rate, for receiving personalization and for
// converting; a ratio below 0.8 is flagged (the four-fifths rule). The headline judges where
// customers live (country, region); the shop's own segments (tags, imported lists, e-mail groups,
// survey answers) are compared in the breakdown.

#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_definition.h"
#include "pvi/engine/pvi_result.h"
#include "pvi/orders/customer_locations.h"

#include <QString>

#include <optional>
#include <unordered_map>
#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;
struct FairnessGroups;

/// Groups smaller than this many customers are left out of a comparison.
inline constexpr qint64 kFairnessMinGroup = 20;
/// Ratios below this are flagged (the four-fifths rule).
inline constexpr double kFairnessThreshold = 0.8;

/// One group's rate: `hits` of `n` customers.
struct FairnessGroup {
    QString name;
    qint64 n = 0;
    qint64 hits = 0;
    double rate() const { return n > 0 ? static_cast<double>(hits) / static_cast<double>(n) : 0; }
};

/// The lowest and highest group rates among the groups with at least kFairnessMinGroup
/// customers, and their ratio; no ratio with fewer than two such groups or a highest rate of 0.
struct FairnessComparison {
    std::optional<double> ratio;
    FairnessGroup lowest;
    FairnessGroup highest;
    qint64 groups = 0; ///< groups compared
    qint64 n = 0;      ///< customers in the compared groups
};

/// Compares the groups (ties: the first group in name order is reported).
FairnessComparison compareGroups(const std::vector<FairnessGroup>& groups);

/// fairness_ratio for one period (no previous value). `groups` (may be null) gives the
/// breakdown by the shop's own segments; tags in `ruleTags` (the order-tag personalization
/// rules' patterns, lower case) are left out of the tag comparison, whose groups would be
/// personalized by definition.
PviResult fairnessRatio(const CustomerLocations& locations, const FairnessGroups* groups,
                        const QStringList& ruleTags, const OrderSnapshot& snapshot,
                        const Period& period);

} // namespace pvi
