#pragma once

// fairness_ratio (family Fairness of docs/pvi-catalogue.md): for each segment dimension, the
// lowest group rate divided by the highest group rate, for receiving personalization and for
// converting; a ratio below 0.8 is flagged (the four-fifths rule). The headline judges where
// customers live (country, region); the shop's own segments (tags, imported lists, e-mail groups,
// survey answers) are compared in the breakdown.

#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_definition.h"
#include "pvi/engine/pvi_result.h"

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

/// One customer of the fairness base: their groups and outcomes.
struct FairnessCustomer {
    QString country; ///< empty when unknown
    QString region;  ///< "country/province"; empty when unknown
    // The shop's own groups (FairnessGroups), each null when the customer has none.
    const QStringList* tags = nullptr;
    const QStringList* lists = nullptr;
    const QStringList* emailGroups = nullptr;
    const QStringList* surveyAnswers = nullptr;
    bool exposed = false;
    bool converted = false;
};

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

/// Where the customers are, read once per run: each customer record's country and province, and
/// every valid order that names a billing country, in order (a customer's latest such order up
/// to a period's end says where they are then).
struct CustomerLocations {
    struct Place {
        QString country;
        QString province;
    };
    struct OrderPlace {
        qint64 customerId = 0;
        qint64 day = 0;        ///< Julian day of the order
        std::size_t place = 0; ///< index into places
    };
    std::vector<Place> places;                       ///< each distinct (country, province) once
    std::unordered_map<qint64, std::size_t> records; ///< customer → index into places
    std::vector<OrderPlace> orders;                  ///< by order date, creation time and id

    /// Loads them (two queries). With the run's order snapshot, the orders are read in the
    /// table's order and put in the snapshot's sequence instead of sorted by SQLite (a quarter
    /// of the time on the large shop); the result is the same. Throws DbError.
    static CustomerLocations load(Workspace& workspace, const OrderSnapshot* snapshot = nullptr);
};

/// fairness_ratio for one period (no previous value). `groups` (may be null) gives the
/// breakdown by the shop's own segments; tags in `ruleTags` (the order-tag personalization
/// rules' patterns, lower case) are left out of the tag comparison, whose groups would be
/// personalized by definition.
PviResult fairnessRatio(const CustomerLocations& locations, const FairnessGroups* groups,
                        const QStringList& ruleTags, const OrderSnapshot& snapshot,
                        const Period& period);

} // namespace pvi
