#include "pvi/web/pvi_web.h"

#include "pvi/engine/metric_support.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_table.h"
#include "store/db_error.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pvi {

namespace {

using WebRow = WebReportRow;

/// The rows of the reports whose date range lies inside the period, and what the workspace has.
struct WebData {
    std::vector<WebRow> rows;
    bool anyReport = false;
    bool anyRule = false;
    bool anyListRule = false;
};

std::optional<double> optionalColumn(const Statement& stmt, int column) {
    return stmt.isNull(column) ? std::nullopt : std::optional<double>(stmt.columnDouble(column));
}

WebData webDataIn(const WebReports& reports, const Period& period) {
    WebData data;
    data.anyRule = reports.anyRule;
    data.anyListRule = reports.anyListRule;
    data.anyReport = !reports.rows.empty();
    const qint64 from = period.from.toJulianDay();
    const qint64 to = period.to.toJulianDay();
    for (const WebReportRow& row : reports.rows) {
        if (row.fromDay != 0 && row.toDay != 0 && row.fromDay >= from && row.toDay <= to)
            data.rows.push_back(row);
    }
    return data;
}

/// A count of a row and its base (nothing when the row lacks the count).
using RowCount = std::optional<std::pair<double, double>> (*)(const WebRow&);

/// Sums of a count and its base: all pages, personalized and generic.
struct Pooled {
    double count[3] = {0, 0, 0};
    double base[3] = {0, 0, 0};
    int rows = 0;
    bool itemLists = false; ///< the pooled rows are product lists, split by item-list rules
};

Pooled pool(const WebData& data, RowCount get) {
    Pooled p;
    for (const WebRow& row : data.rows) {
        const auto value = get(row);
        if (!value)
            continue;
        ++p.rows;
        p.itemLists = p.itemLists || row.isItemList;
        for (int g : {0, row.personalized ? 1 : 2}) {
            p.count[g] += value->first;
            p.base[g] += value->second;
        }
    }
    return p;
}

ProportionSummary proportion(const Pooled& p, int g) {
    return {std::llround(p.base[g]), std::llround(p.count[g])};
}

GroupValue ratio(const Pooled& p, int g, double scale) {
    return {p.base[g] > 0 ? std::optional<double>(p.count[g] / p.base[g] * scale) : std::nullopt,
            std::llround(p.base[g])};
}

QString noReportReason() {
    return QStringLiteral("import a Google Analytics landing-page report (GA4 or Universal "
                          "Analytics) to see this");
}

/// The unavailable result when the period has no pages with the count, or nothing.
std::optional<PviResult> gap(const QString& id, const WebData& data, const Pooled& pooled,
                             const Period& period, const QString& missingColumn) {
    PviResult r;
    r.id = id;
    if (!data.anyReport)
        r.reason = noReportReason();
    else if (data.rows.empty())
        r.reason =
            QCoreApplication::translate(
                "pvi::PviReason", "no analytics report lies inside %1 – %2 (a report counts for "
                                  "a period when its whole date range lies inside it)")
                .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
    else if (pooled.rows == 0)
        r.reason = missingColumn;
    else if (pooled.base[0] <= 0)
        r.reason = QCoreApplication::translate("pvi::PviReason",
                                               "the reports of the period count no sessions");
    else
        return std::nullopt;
    return r;
}

QString splitReason(const WebData& data, const Pooled& pooled) {
    const bool lists = pooled.itemLists;
    if (!(lists ? data.anyListRule : data.anyRule))
        return lists ? QStringLiteral("no item-list rule: add one, e.g. pvi rules add WS.pvi "
                                      "--kind item-list --pattern \"Recommended for you\"")
                     : QStringLiteral("no landing-page-prefix rule: add one, e.g. pvi rules add "
                                      "WS.pvi --kind landing-page-prefix --pattern /product");
    const QString what = lists ? QStringLiteral("product list of the period matches an item-list")
                               : QStringLiteral("landing page of the period matches a "
                                                "landing-page-prefix");
    if (pooled.base[1] <= 0)
        return QStringLiteral("no %1 rule").arg(what);
    if (pooled.base[2] <= 0)
        return QStringLiteral("every %1 rule: there is no generic group to compare with").arg(what);
    return {};
}

PviResult ratePvi(const QString& id, const WebData& data, const Period& period, RowCount get,
                  const QString& missing) {
    const Pooled p = pool(data, get);
    if (auto r = gap(id, data, p, period, missing))
        return *r;
    PviResult r;
    r.id = id;
    r.available = true;
    r.n = std::llround(p.base[0]);
    r.value = p.count[0] / p.base[0] * 100.0;
    r.splitReason = splitReason(data, p);
    if (r.splitReason.isEmpty())
        applyRateSplit(r, proportion(p, 1), proportion(p, 2));
    return r;
}

PviResult ratioPvi(const QString& id, const WebData& data, const Period& period, RowCount get,
                   const QString& missing) {
    const Pooled p = pool(data, get);
    if (auto r = gap(id, data, p, period, missing))
        return *r;
    PviResult r;
    r.id = id;
    r.available = true;
    r.n = std::llround(p.base[0]);
    r.value = p.count[0] / p.base[0];
    r.splitReason = splitReason(data, p);
    if (r.splitReason.isEmpty())
        applyValueSplit(r, ratio(p, 1, 1.0), ratio(p, 2, 1.0));
    return r;
}

using Pair = std::optional<std::pair<double, double>>;

Pair perSession(const std::optional<double>& count, double sessions) {
    return count ? Pair({*count, sessions}) : std::nullopt;
}

Pair conversions(const WebRow& r) {
    return perSession(r.conversions, r.sessions);
}
Pair bounced(const WebRow& r) {
    if (r.bounces)
        return Pair({*r.bounces, r.sessions});
    return r.engaged ? Pair({r.sessions - *r.engaged, r.sessions}) : std::nullopt;
}
Pair engaged(const WebRow& r) {
    return perSession(r.engaged, r.sessions);
}
Pair seconds(const WebRow& r) {
    return perSession(r.seconds, r.sessions);
}
Pair views(const WebRow& r) {
    return perSession(r.views, r.sessions);
}
Pair revenue(const WebRow& r) {
    return perSession(r.revenue, r.sessions);
}
Pair clicks(const WebRow& r) {
    return r.clicks && r.impressions ? Pair({*r.clicks, *r.impressions}) : std::nullopt;
}

PviResult webPvi(const QString& id, const WebData& d, const Period& p) {
    if (id == u"conversion_rate")
        return ratePvi(id, d, p, &conversions,
                       QStringLiteral("the reports of the period have no Session key event rate "
                                      "(or Goal Conversion Rate) column"));
    if (id == u"bounce_rate")
        return ratePvi(id, d, p, &bounced,
                       QStringLiteral("the reports of the period have neither a bounce rate nor "
                                      "an Engagement rate column (GA4's default landing-page "
                                      "table has neither; add Engagement rate to the report)"));
    if (id == u"click_through_rate")
        return ratePvi(id, d, p, &clicks,
                       QStringLiteral("no report of the period has impressions and clicks: "
                                      "import a GA4 item-list or promotion report (items viewed "
                                      "and clicked in your recommendation lists or banners); for "
                                      "email clicks see email_click_rate"));
    if (id == u"time_on_page")
        return ratioPvi(id, d, p, &seconds,
                        QStringLiteral("the reports of the period have no engagement time or "
                                       "session duration column"));
    if (id == u"pages_per_visit")
        return ratioPvi(id, d, p, &views,
                        QStringLiteral("the reports of the period have no Views or Pages / "
                                       "Session column (GA4's landing-page table has none)"));
    if (id == u"revenue_per_visitor")
        return ratioPvi(id, d, p, &revenue,
                        QStringLiteral("the reports of the period have no Total revenue column"));
    // content_engagement_lift: the lift of the engagement rate, else of time on page.
    const bool haveRate = pool(d, &engaged).rows > 0;
    PviResult r = haveRate ? ratePvi(id, d, p, &engaged, QString())
                           : ratioPvi(id, d, p, &seconds,
                                      QStringLiteral("the reports of the period have neither an "
                                                     "Engagement rate nor an engagement time "
                                                     "column"));
    if (!r.available)
        return r;
    if (!r.liftPercent) {
        r.available = false;
        r.reason =
            r.splitReason.isEmpty()
                ? QCoreApplication::translate(
                      "pvi::PviReason", "the generic pages' engagement is 0: no lift can be taken")
                : r.splitReason;
        r.value.reset();
        return r;
    }
    r.value = r.liftPercent;
    return r;
}

} // namespace

bool isWebPvi(const QString& id) {
    const std::span<const PviRow> rows = webPviRows();
    return std::any_of(rows.begin(), rows.end(),
                       [&](const PviRow& row) { return id == QLatin1String(row.id); });
}

WebReports WebReports::load(Workspace& ws) {
    WebReports reports;
    const std::vector<PersonalizationRule> rules = PersonalizationRules::list(ws);
    // A page starts with a landing-page-prefix rule's text; a list's or promotion's name
    // contains an item-list rule's (both compared ignoring case).
    const QStringList prefixes =
        PersonalizationRules::patternsOf(rules, QStringLiteral("landing-page-prefix"));
    const QStringList lists = PersonalizationRules::patternsOf(rules, QStringLiteral("item-list"));
    reports.anyRule = !prefixes.isEmpty();
    reports.anyListRule = !lists.isEmpty();
    Statement stmt = ws.db().prepare(
        "SELECT page, sessions, engaged_sessions, bounces, engagement_seconds, page_views, "
        "conversions, revenue, impressions, clicks, CAST(julianday(date_from) + 0.5 AS INTEGER), "
        "CAST(julianday(date_to) + 0.5 AS INTEGER), platform = 'ga4-item-lists' FROM web_pages "
        "ORDER BY id");
    while (stmt.step()) {
        WebReportRow row;
        const QString page = stmt.columnText(0);
        row.sessions = stmt.columnDouble(1);
        row.engaged = optionalColumn(stmt, 2);
        row.bounces = optionalColumn(stmt, 3);
        row.seconds = optionalColumn(stmt, 4);
        row.views = optionalColumn(stmt, 5);
        row.conversions = optionalColumn(stmt, 6);
        row.revenue = optionalColumn(stmt, 7);
        row.impressions = optionalColumn(stmt, 8);
        row.clicks = optionalColumn(stmt, 9);
        row.fromDay = stmt.columnInt64(10);
        row.toDay = stmt.columnInt64(11);
        row.isItemList = stmt.columnInt(12) != 0;
        row.personalized =
            row.isItemList ? std::any_of(lists.begin(), lists.end(),
                                         [&](const QString& p) {
                                             return page.contains(p, Qt::CaseInsensitive);
                                         })
                           : std::any_of(prefixes.begin(), prefixes.end(), [&](const QString& p) {
                                 return page.startsWith(p, Qt::CaseInsensitive);
                             });
        reports.rows.push_back(row);
    }
    return reports;
}

PviResult computeWebPvi(const WebReports& reports, const QString& id, const Period& period) {
    PviResult result;
    result.id = id;
    if (!isWebPvi(id)) {
        result.reason = QStringLiteral("unknown PVI '%1'").arg(id);
        return result;
    }
    if (!period.isValid()) {
        result.reason =
            QCoreApplication::translate("pvi::PviReason", "the period is not a valid date range");
        return result;
    }
    return webPvi(id, webDataIn(reports, period), period);
}

PviResult computeWebPvi(Workspace& workspace, const QString& id, const Period& period) {
    try {
        return computeWebPvi(WebReports::load(workspace), id, period);
    } catch (const DbError& e) {
        PviResult result;
        result.id = id;
        result.reason =
            QCoreApplication::translate("pvi::PviReason", "the workspace could not be read: %1")
                .arg(e.message());
        return result;
    }
}

std::optional<Period> latestWebReportRange(Workspace& workspace) {
    Statement stmt = workspace.db().prepare(
        "SELECT date_from, date_to FROM web_pages ORDER BY date_to DESC, date_from LIMIT 1");
    if (!stmt.step())
        return std::nullopt;
    const Period period{QDate::fromString(stmt.columnText(0), Qt::ISODate),
                        QDate::fromString(stmt.columnText(1), Qt::ISODate)};
    return period.isValid() ? std::optional<Period>(period) : std::nullopt;
}

} // namespace pvi
