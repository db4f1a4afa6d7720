#pragma once

#include "charts/chart_data.h"
#include "pvi/engine/pvi_result.h"
#include "widgets/pvi_tile_data.h"

#include <QList>
#include <QString>

namespace pvi {

/// What the Overview page shows, computed off the GUI thread from the model.
struct OverviewData {
    QString error;     ///< set when the workspace could not be read
    bool empty = true; ///< the workspace has no orders yet
    Period period;
    Period comparison;
    QString currency; ///< the workspace's currency code (orders or setting), empty when unknown
    bool randomized = false;  ///< exposure comes from a randomized experiment
    QList<PviTileData> tiles; ///< every PVI except the web ones shown in `webTiles`
    /// Family A (web engagement) tiles when the workspace has analytics reports, computed for
    /// `webPeriod`: the selected period when a report lies inside it, else the latest report's.
    QList<PviTileData> webTiles;
    Period webPeriod;
    bool webPeriodIsSelected = true; ///< false when webPeriod is the latest report's range
    QList<MonthlyPoint> months;
    QList<SegmentCount> segments;
    CohortGrid cohorts;
};

} // namespace pvi
