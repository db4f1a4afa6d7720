#pragma once

#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_result.h"

#include <QDate>
#include <QString>

namespace pvi {

class Workspace;

/// The period and comparison chosen in the filter bar, passed by value to every page.
/// Presets are relative to the last day of data, so they are resolved against it
/// (resolveQuery).
struct PeriodFilter {
    /// Which period the user picked.
    enum class Preset { Last30Days, Last90Days, Last365Days, YearToDate, Custom };
    /// What the period is compared with.
    enum class Comparison { PreviousPeriod, SamePeriodLastYear };

    Preset preset = Preset::Last90Days;
    QDate customFrom; ///< used when preset is Custom
    QDate customTo;   ///< used when preset is Custom
    Comparison comparison = Comparison::PreviousPeriod;

    /// The period for data whose last day is `lastDataDate` (Custom ignores it).
    Period period(const QDate& lastDataDate) const;
    /// The comparison period for a resolved period.
    Period comparisonPeriod(const Period& resolved) const;

    bool operator==(const PeriodFilter&) const = default;
};

/// The period and comparison `filter` means for the workspace's data: presets end on
/// lastDayOfData(); invalid periods when the workspace has no data (a Custom period is kept).
MetricsQuery resolveQuery(Workspace& workspace, const PeriodFilter& filter);

} // namespace pvi
