#pragma once

#include "charts/chart_data.h"
#include "pvi/pvi_result.h"
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
    QString currency;
    bool randomized = false; ///< exposure comes from a randomized experiment
    QList<PviTileData> tiles;
    QList<MonthlyPoint> months;
    QList<SegmentCount> segments;
    CohortGrid cohorts;
};

} // namespace pvi
