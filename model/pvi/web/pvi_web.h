#pragma once

// Family A (web engagement) from aggregated analytics reports (GA4 landing-page downloads,
// Universal Analytics landing-page exports). Counts are pooled over the pages of the reports
// whose whole date range lies inside the period, never averaged from rate columns; a page is
// personalized when a landing-page-prefix rule matches its path.

#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <optional>
#include <vector>

namespace pvi {

class Workspace;

/// One page of one imported report, with its counts (absent where the report lacks them).
struct WebReportRow {
    qint64 fromDay = 0; ///< Julian days of the report's date range (0 when unreadable)
    qint64 toDay = 0;
    double sessions = 0;
    std::optional<double> engaged, bounces, seconds, views, conversions, revenue, impressions,
        clicks;
    /// A landing-page-prefix rule matches the page; for a product list or promotion, an
    /// item-list rule matches its name.
    bool personalized = false;
    bool isItemList = false; ///< a row of an item-list report: impressions and clicks only
};

/// Every report row of the workspace, in import order, read once per run: a period is then a
/// filter in memory instead of a query per PVI and period.
struct WebReports {
    std::vector<WebReportRow> rows;
    bool anyRule = false;     ///< a landing-page-prefix rule is stored
    bool anyListRule = false; ///< an item-list rule is stored

    /// Loads them (one query). Throws DbError.
    static WebReports load(Workspace& workspace);
};

/// Whether the id is one of the web PVIs this file computes (a row of webPviRows()).
bool isWebPvi(const QString& id);
/// One web PVI for one period (no previous value); unavailable with a reason when its data are
/// missing or the id is not a web PVI. Never throws.
PviResult computeWebPvi(const WebReports& reports, const QString& id, const Period& period);
/// The same, loading the reports first. Never throws.
PviResult computeWebPvi(Workspace& workspace, const QString& id, const Period& period);

/// The date range of the analytics report that ends last (the default period when the workspace
/// holds no orders); nothing when there is no report. Throws DbError.
std::optional<Period> latestWebReportRange(Workspace& workspace);

} // namespace pvi
