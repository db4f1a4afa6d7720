#pragma once

#include "analytics/attribution/attribution_result.h"

#include <QString>
#include <QStringList>

namespace pvi {

/// What the Attribution page shows: every model's credit per channel for the workspace's
/// journeys, with the loader's notes (which source the journeys came from).
struct AttributionData {
    AttributionReport report;
    QStringList notes;
    QString error; ///< why nothing could be computed
};

/// The readable name of an attribution model id ("w_shaped" → "W-shaped").
QString attributionModelName(const QString& id);

} // namespace pvi
