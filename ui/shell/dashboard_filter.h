#pragma once

#include "pvi/pvi_result.h"

#include <QDate>
#include <QString>

namespace pvi {

/// The period and comparison chosen in the filter bar, passed by value to every page.
/// Presets are relative to the last date with data, so they are resolved against it.
struct DashboardFilter {
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

    /// A short label, e.g. "Last 90 days" or "1 Jan 2025 – 31 Mar 2025".
    QString label() const;

    bool operator==(const DashboardFilter&) const = default;
};

} // namespace pvi
