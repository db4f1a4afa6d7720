#pragma once

#include "analytics/attribution/ga4_path_journeys.h"

#include <QString>

#include <vector>

namespace pvi {

class Database;

/// The GA4 conversion paths the attribution models use, and what was chosen.
struct Ga4PathSelection {
    std::vector<Ga4Path> paths; ///< empty when none were imported
    QString note;               ///< which range and path dimension, and what was left out
};

/// Picks one report's paths from ga4_conversion_paths, so that no conversion is counted twice:
/// the latest date range (the latest last day; of those, the longest range), and in it one path
/// dimension, a channel group first (else the first by name). Throws DbError.
Ga4PathSelection selectGa4Paths(Database& db);

} // namespace pvi
