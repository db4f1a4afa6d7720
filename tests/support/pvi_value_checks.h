#pragma once
// Checks on PVI results shared by the PVI tests: a value near the one worked out by hand (saying
// what was expected when not), and a breakdown line by id.

#include "pvi/engine/pvi_result.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <optional>

namespace pvi::test {

/// Whether the value is there and equals `expected` to 1e-9 relative; warns with both if not.
inline bool nearValue(const std::optional<double>& actual, double expected) {
    if (!actual) {
        qWarning("no value, expected %.6g", expected);
        return false;
    }
    const bool ok = std::abs(*actual - expected) < 1e-9 * std::max(1.0, std::abs(expected));
    if (!ok)
        qWarning("actual %.10g, expected %.10g", *actual, expected);
    return ok;
}

/// The result's breakdown line with this id, or null (with a warning naming it).
inline const SegmentValue* breakdownLine(const PviResult& r, const QString& id) {
    const auto it = std::find_if(r.segments.begin(), r.segments.end(),
                                 [&](const SegmentValue& s) { return s.id == id; });
    if (it == r.segments.end())
        qWarning("no breakdown line '%s'", qPrintable(id));
    return it == r.segments.end() ? nullptr : &*it;
}

} // namespace pvi::test
