#pragma once
// JSON values every subcommand writes alike: an undefined or non-finite number is null, never a
// made-up 0; numbers keep full double precision.

#include <QJsonValue>

#include <optional>

namespace pvi::cli {

/// An optional number as JSON: the value, or null (also for NaN and infinities).
QJsonValue jsonNumber(const std::optional<double>& value);

/// An interval as [low, high], or null when undefined.
QJsonValue jsonInterval(const std::optional<double>& low, const std::optional<double>& high);

} // namespace pvi::cli
