#pragma once

#include "analytics/attribution/journey_load_result.h"

#include <QString>

namespace pvi {

/// Reads journeys from a touchpoints CSV and a conversions CSV (any delimiter and encoding the
/// CSV reader accepts). Columns are found by name in the header row (case, spaces, hyphens and
/// underscores do not matter):
/// - touchpoints: key (journey_id, journey, journey_key, customer_id, customer, customer_email,
///   email, user_id, visitor_id), time (timestamp, touched_at, touch_time, event_time, datetime,
///   time, date), channel (channel, touch_channel, source, utm_source, medium) and optionally
///   personalized (personalized, personalised, is_personalized, is_personalised,
///   personalization; yes/no, true/false, 1/0; missing column = generic);
/// - conversions: the same key names, converted (converted, is_converted, did_convert,
///   conversion; missing column = every row converted), time (conversion_timestamp,
///   converted_at, conversion_time, conversion_date, timestamp, time, date; may be empty when
///   not converted; empty for a conversion means every touch counts) and value
///   (conversion_value, value, revenue, amount, order_value; empty = 0).
/// Timestamps with an offset are compared in UTC; without one they are taken as UTC.
/// A key in the touchpoints but not in the conversions is a journey that did not convert; a key
/// only in the conversions is a journey without touches. A key converting twice is an error.
/// Any unreadable value stops the load with an error naming file, line and column.
JourneyLoadResult loadJourneysFromCsv(const QString& touchpointsPath,
                                      const QString& conversionsPath);

} // namespace pvi
