#pragma once

#include "pvi/engine/pvi_result.h"
#include "widgets/value_format.h"

#include <QList>
#include <QString>

namespace pvi {

/// Everything a PVI tile shows: the PVI's definition (as plain text) and its result.
struct PviTileData {
    QString id;
    QString title;
    QString explanation;
    QString formula;
    ValueKind kind = ValueKind::Decimal;
    QString unitLabel;          ///< written after the number, e.g. "USD" or "orders/year"
    bool higherIsBetter = true; ///< colours the change vs the previous period
    PviResult result;
    QList<double> trend;     ///< recent values for the sparkline (NaN when missing)
    bool randomized = false; ///< exposure came from a randomized experiment
    /// The PVI is itself adjusted for selection (adjusted_revenue_effect): its lift has no †.
    bool adjustedForSelection = false;
    /// For a self-selected (†) lift: what the selection-adjusted estimate says and the experiment
    /// that would settle it (adjusted_revenue_effect's summary, or why there is none).
    QString selectionNote;
    /// For a revenue tile with a † lift: the adjusted estimate shown after the lift, e.g.
    /// "Adjusted for selection: +CA$9.06 per customer, 90 days" (its interval is in the
    /// selectionNote of the tooltip).
    QString adjustedLift;
};

} // namespace pvi
