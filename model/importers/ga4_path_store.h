#pragma once

#include <QString>

#include <optional>

namespace pvi {

class ImportContext;

/// One row of a GA4 conversion paths report: a path over the report's date range with the
/// conversions (key events) and revenue that followed it.
struct Ga4PathRecord {
    QString dimension; ///< the header of the path column, e.g. "Default channel group"
    QString dateFrom;  ///< ISO date
    QString dateTo;    ///< ISO date
    QString path;      ///< steps joined by " > ", as GA4 writes it
    double conversions = 0;
    std::optional<double> revenue;
    std::optional<double> daysToConversion; ///< GA4's average days from first touch
    std::optional<double> touchpoints;      ///< GA4's average touchpoints on the path
};

/// Writes one path into ga4_conversion_paths (a path already imported for the same dimension
/// and range is replaced) and counts it in the report as added or updated.
void storeGa4Path(ImportContext& context, const Ga4PathRecord& record);

} // namespace pvi
