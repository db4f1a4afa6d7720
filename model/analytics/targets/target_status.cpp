#include "analytics/targets/target_status.h"

#include <QCoreApplication>

#include <cmath>

namespace pvi {

// The details are written in the window's language; the command line installs no translator, so
// they stay English there.
TargetAssessment assessTarget(double value, const TargetBounds& bounds, TargetDirection direction) {
    if (!std::isfinite(value))
        return {TargetStatus::NotAvailable,
                QCoreApplication::translate("pvi::TargetStatus", "no value for the period")};
    // Work in "goodness" space: for lower-is-better PVIs flip the signs so higher is better.
    const bool higher = direction == TargetDirection::HigherIsBetter;
    const double sign = higher ? 1.0 : -1.0;
    const double v = sign * value;
    const double target = sign * bounds.target;
    const std::optional<double> badBound = higher ? bounds.alertLow : bounds.alertHigh;
    const std::optional<double> jumpBound = higher ? bounds.alertHigh : bounds.alertLow;
    const double offTrackBelow =
        badBound ? sign * *badBound : target - kDefaultTargetTolerance * std::abs(target);
    if (v >= target) {
        if (jumpBound && v > sign * *jumpBound) {
            return {TargetStatus::Watch,
                    higher ? QCoreApplication::translate(
                                 "pvi::TargetStatus",
                                 "beyond the upper alert bound: an unusual jump, check the data")
                           : QCoreApplication::translate(
                                 "pvi::TargetStatus",
                                 "beyond the lower alert bound: an unusual jump, check the data")};
        }
        return {TargetStatus::OnTrack,
                QCoreApplication::translate("pvi::TargetStatus", "meets the target")};
    }
    if (v < offTrackBelow) {
        return {TargetStatus::OffTrack,
                badBound ? QCoreApplication::translate("pvi::TargetStatus", "past the alert bound")
                         : QCoreApplication::translate("pvi::TargetStatus",
                                                       "misses the target by more than 10%")};
    }
    return {TargetStatus::Watch,
            QCoreApplication::translate("pvi::TargetStatus",
                                        "misses the target, within the alert bound")};
}

QString targetStatusId(TargetStatus status) {
    switch (status) {
    case TargetStatus::OnTrack:
        return QStringLiteral("on_track");
    case TargetStatus::Watch:
        return QStringLiteral("watch");
    case TargetStatus::OffTrack:
        return QStringLiteral("off_track");
    case TargetStatus::NotAvailable:
        return QStringLiteral("not_available");
    }
    return {};
}

} // namespace pvi
