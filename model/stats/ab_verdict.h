#pragma once

#include <QString>

namespace pvi {

struct RateComparison;

/// A plain-language verdict on a rate test, built only from its numbers: which arm is ahead,
/// how sure we are (p-value against `alpha`, probability to beat), and what would settle it
/// (the visitors per arm needed to confirm a gap of the observed size). A sample-ratio
/// mismatch overrides everything: the test is reported as broken.
QString abVerdict(const RateComparison& comparison, double alpha = 0.05);

} // namespace pvi
