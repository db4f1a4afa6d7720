#pragma once

#include <QString>

#include <optional>

namespace pvi {

/// Whether a PVI is better when higher (conversion rate) or lower (churn risk).
enum class TargetDirection { HigherIsBetter, LowerIsBetter };

/// How a PVI stands against its target.
enum class TargetStatus { OnTrack, Watch, OffTrack, NotAvailable };

/// A user-set target and alert bounds (the `targets` table of the workspace).
struct TargetBounds {
    double target = 0.0;
    std::optional<double> alertLow;
    std::optional<double> alertHigh;
};

/// A status with the plain-words reason for it.
struct TargetAssessment {
    TargetStatus status = TargetStatus::NotAvailable;
    QString reason;
};

/// Fraction of |target| a value may fall short by before it is off-track, when the alert bound
/// on the bad side is not set.
constexpr double kDefaultTargetTolerance = 0.10;

/// The status of `value` against a target. For a higher-is-better PVI:
/// - on-track when value ≥ target (but watch when above alertHigh: an unexpected jump);
/// - off-track when value < alertLow (when alertLow is not set: when value falls short of the
///   target by more than 10% of |target|);
/// - watch otherwise (below target, not yet past the alert bound).
/// Lower-is-better mirrors it (alertHigh is the bad-side bound, alertLow the jump). A value that
/// is not a finite number is NotAvailable.
TargetAssessment assessTarget(double value, const TargetBounds& bounds, TargetDirection direction);

/// Stable id of a status: "on_track", "watch", "off_track", "not_available".
QString targetStatusId(TargetStatus status);

} // namespace pvi
