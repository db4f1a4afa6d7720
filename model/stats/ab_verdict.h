#pragma once

#include <QLocale>
#include <QString>

namespace pvi {

struct RateComparison;

/// The significance level of the verdict's "wins".
inline constexpr double kVerdictAlpha = 0.05;

/// A plain-language verdict on a rate test, built only from its numbers: which arm is ahead,
/// how sure we are (p-value against `alpha`, probability to beat), and what would settle it
/// (the visitors per arm needed to confirm a gap of the observed size). A sample-ratio
/// mismatch overrides everything: the test is reported as broken. The words follow the installed
/// translation (none on the command line); numbers are written in `locale` (the C locale's
/// plain digits by default; the window passes its display locale).
QString abVerdict(const RateComparison& comparison, double alpha = kVerdictAlpha,
                  const QLocale& locale = QLocale::c());

} // namespace pvi
