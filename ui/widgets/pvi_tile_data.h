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
};

} // namespace pvi
