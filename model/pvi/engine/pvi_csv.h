#pragma once
// The CSV `pvi metrics --csv` prints (documented in docs/cli.md): one row per PVI with the same
// numbers as the JSON (17 significant digits), an empty cell for an undefined value.

#include "pvi/engine/pvi_result.h"

#include <vector>

namespace pvi::csv {

/// The header and one row per PVI of `pvi metrics --csv`; every row carries the period and the
/// comparison period so that a row pasted elsewhere still says what it measures.
QString metrics(const Period& period, const Period& comparison,
                const std::vector<PviResult>& results);

} // namespace pvi::csv
