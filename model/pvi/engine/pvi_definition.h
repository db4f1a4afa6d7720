#pragma once

#include <QString>

namespace pvi {

/// The unit a PVI's value is in. Its text name (pviUnitName) is stable: `pvi metrics --json`
/// writes it.
enum class PviUnit {
    Currency,      ///< "currency": an amount in the workspace's currency
    Percent,       ///< "percent": 0–100
    Ratio,         ///< "ratio": a plain number (a ratio, a probability, sends per week)
    Count,         ///< "count"
    OrdersPerYear, ///< "orders_per_year"
    Years,         ///< "years"
    Months,        ///< "months"
    Seconds,       ///< "seconds"
    Points,        ///< "points": NPS points, −100 to +100
    Score,         ///< "score": a score on the PVI's own scale
};

/// The stable text name of a unit ("currency", "orders_per_year", ...).
QString pviUnitName(PviUnit unit);

/// The families of the registry, each computed from its own source.
enum class PviFamily {
    Orders,      ///< commerce, loyalty, lifetime, segments (the order snapshot)
    Email,       ///< email facts
    Surveys,     ///< survey snapshot
    Web,         ///< analytics landing-page reports
    Costs,       ///< imported costs against the orders
    Predictive,  ///< one lifetime fit as of the period's end
    Experiments, ///< stored A/B tests
    Monitoring,  ///< journey stages and revenue anomalies
    Engagement,  ///< per-customer activity across channels
    Fairness,    ///< exposure and conversion by geography
    Targets,     ///< the other PVIs against their stored targets
    Effect,      ///< personalization's effect adjusted for selection (the order snapshot)
};

/// The family's title, for people ("Orders", "Email", ...).
QString pviFamilyTitle(PviFamily family);

/// What a PVI is, for people: its stable id, title, unit, the plain-language explanation for a
/// shop owner, the formula in words, the data it needs and which direction is good; and for the
/// engine, its family and whether it has a series. Made from one PviRow of the PVI table
/// (pvi/engine/pvi_table.h).
struct PviDefinition {
    /// Whether a higher value is good news.
    enum class Direction { HigherIsBetter, LowerIsBetter, Neutral };

    QString id;
    QString title;
    PviUnit unit = PviUnit::Ratio;
    QString explanation;
    QString formula;
    QString dataNeeded;
    Direction direction = Direction::HigherIsBetter;
    PviFamily family = PviFamily::Orders;
    /// Whether the PVI can be computed for any period, and so has a sparkline and a series.
    bool hasSeries = true;
};

} // namespace pvi
