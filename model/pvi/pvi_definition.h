#pragma once

#include <QString>

namespace pvi {

/// What a PVI is, for people: its stable id, title, unit, the plain-language explanation for a
/// shop owner, the formula in words, the data it needs and which direction is good.
struct PviDefinition {
    /// Whether a higher value is good news.
    enum class Direction { HigherIsBetter, LowerIsBetter, Neutral };

    QString id;
    QString title;
    QString unit; ///< "currency", "percent", "orders_per_year", "years", "count" or "ratio"
    QString explanation;
    QString formula;
    QString dataNeeded;
    Direction direction = Direction::HigherIsBetter;
};

} // namespace pvi
