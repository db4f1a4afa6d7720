#pragma once

#include "analytics/attribution/journey.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace pvi {

/// Journeys read from files or a workspace, or why they could not be read.
struct JourneyLoadResult {
    std::vector<Journey> journeys; ///< sorted by key
    QString error;                 ///< "file:line:column: message"; empty on success
    QStringList notes;             ///< what the reader assumed (e.g. which source was used)

    bool ok() const { return error.isEmpty(); }
};

} // namespace pvi
