// The sections of the customer pages: Segments, Cohorts and Lifetime value.
#include "charts/chart_palette.h"
#include "pages/experiment_summary.h"
#include "pvi/engine/pvi_engine.h"
#include "report/report_section_parts.h"
#include "report/report_tiles.h"
#include "widgets/value_format.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi::report {

ReportSection segmentsSection(const ReportInputs& inputs) {
    ReportSection s;
    const SegmentsData& d = inputs.segments;
    const SegmentReport& r = d.report;
    if (!r.available) {
        s.blocks.append(ReportBlock::paragraph(
            u"No segments: %1."_s.arg(d.error.isEmpty() ? r.reason : d.error)));
        return s;
    }
    s.blocks.append(ReportBlock::paragraph(
        u"Customers are grouped by recency, frequency and money spent (RFM) on the period's last "
        "day: %1 customers then, %2 at its start. The chart compares the revenue per customer of "
        "personalized and generic members of each segment."_s.arg(
            formatCount(r.customersAtEnd), formatCount(r.customersAtStart))));
    ReportChart chart;
    chart.title = u"Revenue per customer by segment"_s;
    chart.format = AxisFormat::Money;
    chart.currency = d.currency;
    chart.valueTitle = u"Revenue per customer in the period"_s;
    ReportSeries personalized = ReportSeries::named(u"Personalized"_s, personalizedColour());
    ReportSeries generic = ReportSeries::named(u"Generic"_s, genericColour());
    ReportTable table;
    table.header = {
        u"Segment"_s,     u"Customers"_s,          u"Share"_s, u"Growth"_s, u"Retention"_s,
        u"Repeat rate"_s, u"Revenue / customer"_s, u"AOV"_s,   u"CLV"_s};
    table.numeric = {false, true, true, true, true, true, true, true, true};
    table.widths = {2.2, 1.1, 1, 1, 1.1, 1.1, 1.4, 1.1, 1.1};
    for (const SegmentReportRow& row : r.rows) {
        chart.categories.append(row.name);
        personalized.values.append(orNaN(row.revenuePerCustomer.personalized.value));
        generic.values.append(orNaN(row.revenuePerCustomer.control.value));
        table.rows.append({row.name, formatCount(row.members.n), percentText(row.members.value),
                           row.growthPercent ? formatSignedPercent(*row.growthPercent) : u"—"_s,
                           percentText(row.retention.value), percentText(row.repeatPurchase.value),
                           moneyOrDash(row.revenuePerCustomer.value, d.currency),
                           moneyOrDash(row.averageOrderValue.value, d.currency),
                           moneyOrDash(row.clv.value, d.currency)});
    }
    chart.series = {personalized, generic};
    chart.height = 40 + 16.0 * static_cast<double>(chart.categories.size());
    s.blocks.append(ReportBlock::chartBlock(chart));
    s.blocks.append(ReportBlock::tableBlock(table));
    s.blocks.append(ReportBlock::footnote(
        u"n = %1 segmented customers. Growth compares members on the last day with the day before "
        "the period; retention is the share of the members at the start who ordered again in the "
        "period. %2"_s.arg(formatCount(r.customersAtEnd), r.splitReason)));
    return s;
}

ReportSection cohortsSection(const ReportInputs& inputs) {
    ReportSection s;
    const CohortsData& d = inputs.cohorts;
    if (d.empty || !d.error.isEmpty()) {
        s.blocks.append(ReportBlock::paragraph(
            d.error.isEmpty() ? u"No cohorts: the workspace has no orders."_s : d.error));
        return s;
    }
    s.blocks.append(ReportBlock::paragraph(
        u"Customers are grouped by the month of their first order; the curves show the share of "
        "each month's new customers who ordered again k months later, weighted by cohort size, "
        "for customers whose first order was personalized or generic."_s));
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.title = u"Active customers by months since the first order"_s;
    chart.format = AxisFormat::Percent;
    chart.valueTitle = u"Active in month k"_s;
    const std::pair<CohortGroup, ReportSeries> groups[] = {
        {CohortGroup::All, ReportSeries::named(u"All customers"_s, allColour())},
        {CohortGroup::Personalized, ReportSeries::named(u"Personalized"_s, personalizedColour())},
        {CohortGroup::Generic, ReportSeries::named(u"Generic"_s, genericColour())}};
    int months = 0;
    for (const auto& [group, series] : groups)
        months =
            std::max(months, static_cast<int>(d.curve(group, CohortMeasure::ActivePercent).size()));
    months = std::min(months, 13);
    for (int k = 1; k < months; ++k)
        chart.categories.append(u"M%1"_s.arg(k));
    for (auto [group, series] : groups) {
        const auto& curve = d.curve(group, CohortMeasure::ActivePercent);
        for (int k = 1; k < months; ++k)
            series.values.append(k < static_cast<int>(curve.size()) ? curve[k].value : kNaN);
        if (group == CohortGroup::All || d.hasRules)
            chart.series.append(series);
    }
    s.blocks.append(ReportBlock::chartBlock(chart));
    ReportTable table;
    table.header = {u"Cohort"_s,  u"Customers"_s, u"Month 1"_s,
                    u"Month 2"_s, u"Month 3"_s,   u"Month 6"_s};
    table.numeric = {false, true, true, true, true, true};
    const std::vector<CohortRow>& rows = d.rows(CohortGroup::All);
    const std::size_t first = rows.size() > 12 ? rows.size() - 12 : 0;
    for (std::size_t i = first; i < rows.size(); ++i) {
        const CohortRow& row = rows[i];
        QStringList cells{displayLocale().toString(row.month, u"MMM yyyy"_s),
                          formatCount(row.customers)};
        for (std::size_t k : {1u, 2u, 3u, 6u})
            cells.append(k < row.activePercent.size()
                             ? formatValue(row.activePercent[k], ValueKind::Percent)
                             : u"—"_s);
        table.rows.append(cells);
    }
    s.blocks.append(ReportBlock::tableBlock(table));
    s.blocks.append(ReportBlock::footnote(
        u"The last 12 monthly cohorts as of %1. A month still running is left out of the curves."_s
            .arg(formatDay(d.matrix.asOf))));
    return s;
}

ReportSection lifetimeSection(const ReportInputs& inputs) {
    ReportSection s;
    const LifetimeValueData& d = inputs.lifetime;
    const QString currency = inputs.overview.currency;
    if (!d.error.isEmpty()) {
        s.blocks.append(ReportBlock::paragraph(d.error));
        return s;
    }
    s.blocks.append(ReportBlock::paragraph(
        u"Predicted customer lifetime value as of %1: the BG/NBD model predicts how often each "
        "customer will buy, the Gamma-Gamma model how much they spend."_s.arg(
            formatDay(d.period.to))));
    addFamily(s.blocks, inputs, PviFamily::Predictive, u"Lifetime indicators"_s);
    ReportChart chart;
    chart.title = u"Mean predicted CLV by segment"_s;
    chart.format = AxisFormat::Money;
    chart.currency = currency;
    chart.valueTitle = u"Mean predicted CLV"_s;
    ReportSeries series = ReportSeries::named(u"All customers"_s, allColour());
    for (const ClvGroupSummary& g : d.segments) {
        chart.categories.append(g.group);
        series.values.append(g.meanClv);
    }
    chart.series = {series};
    chart.height = 40 + 16.0 * static_cast<double>(chart.categories.size());
    if (!chart.categories.isEmpty())
        s.blocks.append(ReportBlock::chartBlock(chart));
    ReportTable table;
    table.header = {u"Customer"_s, u"Predicted CLV"_s, u"Churn risk"_s, u"Repeat purchases"_s};
    table.numeric = {false, true, true, true};
    for (std::size_t i = 0; i < d.atRisk.size() && i < 20; ++i) {
        const CustomerClvPrediction& c = d.atRisk[i];
        table.rows.append({c.id, std::isfinite(c.clv) ? formatMoney(c.clv, currency) : u"—"_s,
                           formatValue((1 - c.pAlive) * 100, ValueKind::Percent),
                           displayLocale().toString(c.repeatPurchases, 'f', 0)});
    }
    if (!table.rows.isEmpty()) {
        s.blocks.append(ReportBlock::heading(u"Customers worth a personal touch"_s));
        s.blocks.append(ReportBlock::tableBlock(table));
    }
    s.blocks.append(ReportBlock::footnote(
        u"n = %1 customers with a prediction. Listed: predicted CLV in the top quarter and churn "
        u"risk "
        "of 50% or more, highest CLV × churn risk first (at most 20)."_s.arg(formatCount(
            static_cast<qint64>(d.clv.analysis.bgnbd.ok ? d.clv.summaries.size() : 0)))));
    return s;
}

} // namespace pvi::report
