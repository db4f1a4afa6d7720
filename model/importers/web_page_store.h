#pragma once

#include <QString>

#include <optional>

namespace pvi {

class ImportContext;
struct ColumnRef;

/// One landing page of an analytics report over the report's date range, as totals (rates are
/// turned into counts with the page's sessions so that PVIs pool them); or one product list or
/// promotion of an item-list report, with its impressions and clicks and no sessions.
struct WebPageRecord {
    QString platform; ///< "ga4", "universal-analytics" or "ga4-item-lists"
    QString dateFrom; ///< ISO date
    QString dateTo;   ///< ISO date
    QString page;
    double sessions = 0;
    std::optional<double> engagedSessions;
    std::optional<double> bounces;
    std::optional<double> engagementSeconds;
    std::optional<double> pageViews;
    std::optional<double> conversions;
    std::optional<double> revenue;
    std::optional<double> impressions; ///< items shown in the list or promotion
    std::optional<double> clicks;      ///< items clicked in it
};

/// Writes one page into web_pages (a page already imported for the same platform and range is
/// replaced) and counts it in the report as added or updated.
void storeWebPage(ImportContext& context, const WebPageRecord& record);

/// A rate cell as a fraction: "0.0118" (GA4 fractions) or "12.14%" (percent). An unparseable
/// value is an error issue naming the line and column.
std::optional<double> readWebRate(ImportContext& context, qint64 line, const ColumnRef& column,
                                  const QString& value);
/// A duration cell in seconds: "19.05" (GA4 seconds) or "00:01:05" (Universal Analytics).
std::optional<double> readWebSeconds(ImportContext& context, qint64 line, const ColumnRef& column,
                                     const QString& value);
/// A per-session figure (a rate or a time) times the sessions: the page's total; nullopt when
/// the figure is missing.
std::optional<double> perSessionTotal(std::optional<double> perSession, double sessions);

} // namespace pvi
