// The sections of the customer pages: Segments, Cohorts and Lifetime value.
#include "charts/chart_palette.h"
#include "pages/experiment_summary.h"
#include "pvi/engine/pvi_engine.h"
#include "report/report_section_parts.h"
#include "report/report_texts.h"
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
            ReportText::tr("No segments: %1.").arg(d.error.isEmpty() ? r.reason : d.error)));
        return s;
    }
    s.blocks.append(ReportBlock::paragraph(
        ReportText::tr("Customers are grouped by recency, frequency and money spent (RFM) on the "
                       "period's last "
                       "day: %1 customers then, %2 at its start. The chart compares the revenue "
                       "per customer of "
                       "personalized and generic members of each segment.")
            .arg(formatCount(r.customersAtEnd), formatCount(r.customersAtStart))));
    ReportChart chart;
    chart.title = ReportText::tr("Revenue per customer by segment");
    chart.format = AxisFormat::Money;
    chart.currency = d.currency;
    chart.valueTitle = ReportText::tr("Revenue per customer in the period");
    ReportSeries personalized =
        ReportSeries::named(ReportText::tr("Personalized"), personalizedColour());
    ReportSeries generic = ReportSeries::named(ReportText::tr("Generic"), genericColour());
    ReportTable table;
    table.header = {ReportText::tr("Segment"),
                    ReportText::tr("Customers"),
                    ReportText::tr("Share"),
                    ReportText::tr("Growth"),
                    ReportText::tr("Retention"),
                    ReportText::tr("Repeat rate"),
                    ReportText::tr("Revenue / customer"),
                    ReportText::tr("AOV"),
                    ReportText::tr("CLV")};
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
    s.blocks.append(
        ReportBlock::footnote(ReportText::tr("n = %1 segmented customers. Growth compares members "
                                             "on the last day with the day before "
                                             "the period; retention is the share of the members at "
                                             "the start who ordered again in the "
                                             "period. %2")
                                  .arg(formatCount(r.customersAtEnd), r.splitReason)));
    return s;
}

ReportSection cohortsSection(const ReportInputs& inputs) {
    ReportSection s;
    const CohortsData& d = inputs.cohorts;
    if (d.empty || !d.error.isEmpty()) {
        s.blocks.append(ReportBlock::paragraph(
            d.error.isEmpty() ? ReportText::tr("No cohorts: the workspace has no orders.")
                              : d.error));
        return s;
    }
    s.blocks.append(ReportBlock::paragraph(ReportText::tr(
        "Customers are grouped by the month of their first order; the curves show the share of "
        "each month's new customers who ordered again k months later, weighted by cohort size, "
        "for customers whose first order was personalized or generic.")));
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.title = ReportText::tr("Active customers by months since the first order");
    chart.format = AxisFormat::Percent;
    chart.valueTitle = ReportText::tr("Active in month k");
    const std::pair<CohortGroup, ReportSeries> groups[] = {
        {CohortGroup::All, ReportSeries::named(ReportText::tr("All customers"), allColour())},
        {CohortGroup::Personalized,
         ReportSeries::named(ReportText::tr("Personalized"), personalizedColour())},
        {CohortGroup::Generic, ReportSeries::named(ReportText::tr("Generic"), genericColour())}};
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
    table.header = {ReportText::tr("Cohort"),  ReportText::tr("Customers"),
                    ReportText::tr("Month 1"), ReportText::tr("Month 2"),
                    ReportText::tr("Month 3"), ReportText::tr("Month 6")};
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
    s.blocks.append(
        ReportBlock::footnote(ReportText::tr("The last 12 monthly cohorts as of %1. A month still "
                                             "running is left out of the curves.")
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
        ReportText::tr(
            "Predicted customer lifetime value as of %1: the BG/NBD model predicts how often each "
            "customer will buy, the Gamma-Gamma model how much they spend.")
            .arg(formatDay(d.period.to))));
    addFamily(s.blocks, inputs, PviFamily::Predictive, ReportText::tr("Lifetime indicators"));
    ReportChart chart;
    chart.title = ReportText::tr("Mean predicted CLV by segment");
    chart.format = AxisFormat::Money;
    chart.currency = currency;
    chart.valueTitle = ReportText::tr("Mean predicted CLV");
    ReportSeries series = ReportSeries::named(ReportText::tr("All customers"), allColour());
    for (const ClvGroupSummary& g : d.segments) {
        chart.categories.append(g.group);
        series.values.append(g.meanClv);
    }
    chart.series = {series};
    chart.height = 40 + 16.0 * static_cast<double>(chart.categories.size());
    if (!chart.categories.isEmpty())
        s.blocks.append(ReportBlock::chartBlock(chart));
    ReportTable table;
    table.header = {ReportText::tr("Customer"), ReportText::tr("Predicted CLV"),
                    ReportText::tr("Churn risk"), ReportText::tr("Repeat purchases")};
    table.numeric = {false, true, true, true};
    for (std::size_t i = 0; i < d.atRisk.size() && i < 20; ++i) {
        const CustomerClvPrediction& c = d.atRisk[i];
        table.rows.append({c.id, std::isfinite(c.clv) ? formatMoney(c.clv, currency) : u"—"_s,
                           formatValue((1 - c.pAlive) * 100, ValueKind::Percent),
                           displayLocale().toString(c.repeatPurchases, 'f', 0)});
    }
    if (!table.rows.isEmpty()) {
        s.blocks.append(ReportBlock::heading(ReportText::tr("Customers worth a personal touch")));
        s.blocks.append(ReportBlock::tableBlock(table));
    }
    s.blocks.append(ReportBlock::footnote(
        ReportText::tr("n = %1 customers with a prediction. Listed: predicted CLV in the top "
                       "quarter and churn "
                       "risk "
                       "of 50% or more, highest CLV × churn risk first (at most 20).")
            .arg(formatCount(
                static_cast<qint64>(d.clv.analysis.bgnbd.ok ? d.clv.summaries.size() : 0)))));
    return s;
}

} // namespace pvi::report
