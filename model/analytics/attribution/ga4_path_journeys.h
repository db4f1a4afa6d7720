#pragma once

#include "analytics/attribution/journey.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pvi {

/// One stored GA4 conversion path (a row of ga4_conversion_paths).
struct Ga4Path {
    QString dimension; ///< e.g. "Default channel group", "Landing page"
    QDate from;        ///< first day of the report's range
    QDate to;          ///< last day of the report's range
    QString path;      ///< steps joined by " > "
    double conversions = 0;
    double revenue = 0;
    std::optional<double> daysToConversion;
};

/// The steps of a GA4 path in order: split at " > ", trimmed, empty steps dropped. A step
/// written "Direct ×3" (GA4's mark for repeated touches) stands for three touches in a row.
QStringList ga4PathSteps(const QString& path);

/// Whether a path step names a landing page under one of the landing-page-prefix rules' prefixes
/// (a path such as "/for-you/shoes" or a URL; case ignored). Channel names never match.
bool ga4StepIsPersonalized(const QString& step, const QStringList& landingPrefixes);

/// The paths as journeys for the attribution models, one per path with a conversion: the path's
/// steps are its touches (personalized per ga4StepIsPersonalized), it converts with its
/// conversion count as the journey's weight and its revenue as the value. GA4 gives no touch
/// times: the conversion is put at the end of the range's last day and the touches spread evenly
/// over the path's days to conversion before it (first touch that many days earlier; all at the
/// conversion when GA4 gives no days), so time decay favours the later steps of long paths.
std::vector<Journey> ga4PathJourneys(const std::vector<Ga4Path>& paths,
                                     const QStringList& landingPrefixes);

} // namespace pvi
