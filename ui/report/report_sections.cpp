#include "report/report_sections.h"

#include "charts/chart_palette.h"
#include "pages/experiment_summary.h"
#include "pvi/engine/pvi_engine.h"
#include "pvi/engine/pvi_registry.h"
#include "report/report_tiles.h"
#include "widgets/value_format.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace pvi::report {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QColor personalizedColour() {
    return palette::audience(palette::Audience::Personalized);
}
QColor genericColour() {
    return palette::audience(palette::Audience::Generic);
}
QColor allColour() {
    return palette::audience(palette::Audience::AllCustomers);
}

double orNaN(const std::optional<double>& v) {
    return v ? *v : kNaN;
}

QString periodText(const Period& p) {
    return p.isValid() ? formatDayRange(p.from, p.to) : u"no period"_s;
}

QString percentText(const std::optional<double>& v) {
    return v ? formatValue(*v, ValueKind::Percent) : u"—"_s;
}

QString moneyOrDash(const std::optional<double>& v, const QString& currency) {
    return v ? formatMoney(*v, currency) : u"—"_s;
}

/// The tiles of the PVIs of one family, in table order.
QList<ReportTile> familyTiles(const ReportInputs& inputs, PviFamily family) {
    QList<ReportTile> tiles;
    for (const PviTileData* tile : inputs.allTiles()) {
        if (pviFamilyOf(tile->id) == family)
            tiles.append(reportTile(*tile));
    }
    return tiles;
}

/// Appends the family's tiles under a heading, when it has any.
void addFamily(QList<ReportBlock>& blocks, const ReportInputs& inputs, PviFamily family,
               const QString& heading = {}) {
    const QList<ReportTile> tiles = familyTiles(inputs, family);
    if (tiles.isEmpty())
        return;
    blocks.append(ReportBlock::heading(heading.isEmpty() ? pviFamilyTitle(family) : heading));
    blocks.append(ReportBlock::tileRow(tiles));
}

ReportSection summarySection(const ReportInputs& inputs) {
    ReportSection s;
    const OverviewData& o = inputs.overview;
    s.blocks.append(ReportBlock::paragraph(
        u"This report covers %1, compared with %2. The five indicators below matter most for "
        "this period: significant differences between personalized and generic customers, the "
        "largest changes since the comparison period and targets that are off track (the rule is "
        "in the methods appendix)."_s.arg(periodText(o.period), periodText(o.comparison))));
    QList<ReportTile> tiles;
    for (const PviTileData* tile : summaryTiles(inputs)) {
        ReportTile t = reportTile(*tile);
        t.verdict = verdictSentence(*tile, targetAlertOf(inputs, *tile));
        tiles.append(t);
    }
    if (tiles.isEmpty())
        s.blocks.append(
            ReportBlock::paragraph(u"No indicator could be computed for this period."_s));
    else
        s.blocks.append(ReportBlock::tileRow(tiles));
    s.blocks.append(ReportBlock::heading(u"Recommendations"_s));
    int n = 0;
    for (const QString& r : recommendations(inputs))
        s.blocks.append(ReportBlock::paragraph(u"%1. %2"_s.arg(++n).arg(r)));
    s.blocks.append(ReportBlock::footnote(
        u"Lifts compare personalized with generic customers; ★ marks p < 0.05. Intervals are 95% "
        "confidence intervals. A lift among customers who were not assigned at random shows an "
        "association, not a proven effect."_s));
    return s;
}

ReportSection overviewSection(const ReportInputs& inputs) {
    ReportSection s;
    const OverviewData& o = inputs.overview;
    if (!o.error.isEmpty() || o.empty) {
        s.blocks.append(ReportBlock::paragraph(
            o.error.isEmpty() ? u"The workspace has no orders yet."_s : o.error));
        return s;
    }
    ReportChart revenue;
    revenue.kind = ReportChart::Kind::Lines;
    revenue.title = u"Revenue per month, all customers"_s;
    revenue.format = AxisFormat::Money;
    revenue.currency = o.currency;
    revenue.valueTitle = u"Net revenue"_s;
    ReportSeries series = ReportSeries::named(u"All customers"_s, allColour());
    qint64 orders = 0;
    for (const MonthlyPoint& m : o.months) {
        revenue.categories.append(displayLocale().toString(m.month, u"MMM yy"_s));
        series.values.append(m.revenue);
        orders += m.orders;
    }
    revenue.series.append(series);
    s.blocks.append(ReportBlock::paragraph(
        u"Every indicator of the period, with its change since %1 and, where customers can be told "
        "apart, the lift of personalized over generic customers."_s.arg(periodText(o.comparison))));
    s.blocks.append(ReportBlock::chartBlock(revenue));
    s.blocks.append(ReportBlock::footnote(
        u"Monthly net revenue of valid orders (cancelled, voided and refunded orders left out) "
        "over %1 months, %2 orders in all."_s.arg(o.months.size())
            .arg(formatCount(orders))));
    for (PviFamily family :
         {PviFamily::Orders, PviFamily::Effect, PviFamily::Email, PviFamily::Surveys,
          PviFamily::Web, PviFamily::Costs, PviFamily::Predictive, PviFamily::Experiments,
          PviFamily::Monitoring, PviFamily::Engagement, PviFamily::Fairness, PviFamily::Targets})
        addFamily(s.blocks, inputs, family);
    return s;
}

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

ReportSection emailSection(const ReportInputs& inputs) {
    ReportSection s;
    const EmailData& d = inputs.email;
    if (!d.error.isEmpty()) {
        s.blocks.append(ReportBlock::paragraph(d.error));
        return s;
    }
    s.blocks.append(ReportBlock::paragraph(
        u"%1 campaigns were sent in %2: %3 personalized and %4 generic. Rates are pooled over the "
        "campaigns (all opens over all deliveries), never averaged."_s.arg(d.campaigns.size())
            .arg(periodText(d.period))
            .arg(d.personalized.campaigns)
            .arg(d.generic.campaigns)));
    ReportChart chart;
    chart.title = u"E-mail rates, personalized vs generic campaigns"_s;
    chart.format = AxisFormat::Percent;
    chart.valueTitle = u"Rate with its 95% Wilson interval"_s;
    chart.categories = {u"Open rate"_s, u"Click rate"_s, u"Unsubscribe rate"_s};
    auto seriesOf = [](const QString& name, const QColor& colour, const EmailGroupRates& g) {
        ReportSeries series = ReportSeries::named(name, colour);
        for (const RateWithInterval* r : {&g.open, &g.click, &g.unsubscribe}) {
            series.values.append(r->rate ? *r->rate * 100 : kNaN);
            series.low.append(r->low ? *r->low * 100 : kNaN);
            series.high.append(r->high ? *r->high * 100 : kNaN);
        }
        return series;
    };
    chart.series = {seriesOf(u"Personalized"_s, personalizedColour(), d.personalized),
                    seriesOf(u"Generic"_s, genericColour(), d.generic)};
    chart.height = 150;
    s.blocks.append(ReportBlock::chartBlock(chart));
    addFamily(s.blocks, inputs, PviFamily::Email, u"E-mail indicators"_s);
    ReportTable table;
    table.header = {u"Campaign"_s,  u"Sent"_s,       u"Kind"_s,        u"Delivered"_s,
                    u"Open rate"_s, u"Click rate"_s, u"Unsubscribes"_s};
    table.numeric = {false, false, false, true, true, true, true};
    table.widths = {3, 1.3, 1.2, 1.1, 1, 1, 1.1};
    for (const CampaignRates& c : d.campaigns) {
        auto rate = [](const RateWithInterval& r) {
            return r.rate ? formatValue(*r.rate * 100, ValueKind::Percent) : u"—"_s;
        };
        table.rows.append({c.totals.name, formatDay(c.totals.sendDate),
                           c.totals.personalized ? u"personalized"_s : u"generic"_s,
                           formatCount(c.totals.delivered), rate(c.open), rate(c.click),
                           formatCount(c.totals.unsubscribes)});
    }
    if (!table.rows.isEmpty()) {
        s.blocks.append(ReportBlock::heading(u"Campaigns"_s));
        s.blocks.append(ReportBlock::tableBlock(table));
    }
    s.blocks.append(ReportBlock::footnote(
        u"Open, click and unsubscribe rates are unique recipients over deliveries; intervals are "
        "Wilson 95% intervals. A campaign is personalized when a campaign-name rule matches it."_s));
    return s;
}

ReportSection experienceSection(const ReportInputs& inputs) {
    ReportSection s;
    const ExperienceData& d = inputs.experience;
    if (!d.error.isEmpty()) {
        s.blocks.append(ReportBlock::paragraph(d.error));
        return s;
    }
    s.blocks.append(ReportBlock::paragraph(
        u"Survey scores for %1, for respondents who received personalization and those who did "
        "not, each with its 95% interval."_s.arg(periodText(d.period))));
    for (const ExperienceInstrument& instrument : d.instruments) {
        if (!instrument.result.available)
            continue;
        ReportChart chart;
        chart.title = u"%1 by group"_s.arg(instrument.title);
        chart.categories = {u"All respondents"_s, u"Personalized"_s, u"Generic"_s};
        chart.format = instrument.id == u"csat"_s ? AxisFormat::Percent : AxisFormat::Number;
        chart.valueTitle = instrument.title;
        chart.height = 120;
        // One series, each bar in its group's colour.
        const std::pair<const ScoreEstimate*, QColor> groups[] = {
            {&instrument.groups.all, allColour()},
            {&instrument.groups.personalized, personalizedColour()},
            {&instrument.groups.generic, genericColour()}};
        ReportSeries series = ReportSeries::named(instrument.title, allColour());
        for (const auto& [estimate, colour] : groups) {
            series.values.append(orNaN(estimate->interval.estimate));
            series.low.append(orNaN(estimate->interval.low));
            series.high.append(orNaN(estimate->interval.high));
            series.colours.append(colour);
        }
        chart.series = {series};
        s.blocks.append(ReportBlock::chartBlock(chart));
        s.blocks.append(ReportBlock::footnote(
            u"%1: n = %2 answers (%3 personalized, %4 generic)."_s.arg(instrument.title)
                .arg(formatCount(instrument.groups.all.n),
                     formatCount(instrument.groups.personalized.n),
                     formatCount(instrument.groups.generic.n))));
    }
    if (d.sentiment.available && d.sentiment.value)
        s.blocks.append(ReportBlock::paragraph(
            u"%1 comments had a mean sentiment of %2 on a scale of −1 to +1."_s
                .arg(formatCount(d.sentimentSummary.comments))
                .arg(displayLocale().toString(*d.sentiment.value, 'f', 2))));
    addFamily(s.blocks, inputs, PviFamily::Surveys, u"Survey indicators"_s);
    return s;
}

ReportSection roiSection(const ReportInputs& inputs) {
    ReportSection s;
    const RoiData& d = inputs.roi;
    if (!d.error.isEmpty() || !d.unavailable.isEmpty()) {
        s.blocks.append(ReportBlock::paragraph(d.error.isEmpty() ? d.unavailable : d.error));
        return s;
    }
    const RoiLedger& ledger = d.ledger;
    s.blocks.append(ReportBlock::paragraph(
        u"What personalization cost and what it brought in: the incremental revenue is the gap in "
        "revenue per customer between reached and other customers times the reached customers, "
        "valued at a gross margin of %1."_s.arg(
            formatValue(ledger.grossMargin * 100, ValueKind::Percent))));
    addFamily(s.blocks, inputs, PviFamily::Costs, u"Cost indicators"_s);
    ReportTable table;
    table.header = {u"Month"_s,   u"Personalization cost"_s, u"Acquisition cost"_s,
                    u"Reached"_s, u"Incremental revenue"_s,  u"ROI"_s,
                    u"Payback"_s};
    table.numeric = {false, true, true, true, true, true, true};
    std::vector<RoiLedgerRow> rows = ledger.months;
    rows.push_back(ledger.total);
    for (const RoiLedgerRow& row : rows) {
        table.rows.append(
            {row.label, formatMoney(row.personalizationCost, d.currency),
             formatMoney(row.acquisitionCost, d.currency), formatCount(row.reachedCustomers),
             moneyOrDash(row.incrementalRevenue, d.currency),
             row.roiPercent ? formatSignedPercent(*row.roiPercent) : u"—"_s,
             row.paybackMonths
                 ? u"%1 months"_s.arg(displayLocale().toString(*row.paybackMonths, 'f', 1))
                 : u"—"_s});
    }
    s.blocks.append(ReportBlock::tableBlock(table));
    s.blocks.append(ReportBlock::footnote(
        u"Costs are the imported costs prorated by day. The incremental revenue compares customers "
        "who chose personalized experiences with others; the selection-adjusted estimate of the "
        "Overview (matched customers) is the more cautious figure."_s));
    return s;
}

ReportSection experimentsSection(const ReportInputs& inputs) {
    ReportSection s;
    const ExperimentsData& d = inputs.experiments;
    if (!d.error.isEmpty()) {
        s.blocks.append(ReportBlock::paragraph(d.error));
        return s;
    }
    if (d.experiments.empty()) {
        s.blocks.append(ReportBlock::paragraph(u"No experiment is stored in the workspace."_s));
        return s;
    }
    s.blocks.append(ReportBlock::paragraph(
        u"Randomized A/B tests: the conversion lift of each treatment arm over its control with "
        u"its "
        "95% interval. Only these comparisons prove an effect; the lifts elsewhere in this report "
        "compare customers who were not assigned at random."_s));
    ReportChart chart;
    chart.title = u"Conversion lift over control"_s;
    chart.format = AxisFormat::Percent;
    chart.valueTitle = u"Lift with its 95% interval"_s;
    ReportSeries lift = ReportSeries::named(u"Treatment"_s, personalizedColour());
    for (const ExperimentAnalysis& a : d.analyses) {
        for (const ArmComparison& arm : a.comparisons) {
            chart.categories.append(u"%1 · %2"_s.arg(a.name, arm.treatmentArm));
            lift.values.append(orNaN(arm.rates.liftPercent.estimate));
            lift.low.append(orNaN(arm.rates.liftPercent.low));
            lift.high.append(orNaN(arm.rates.liftPercent.high));
        }
    }
    chart.series = {lift};
    chart.height = 50 + 18.0 * static_cast<double>(chart.categories.size());
    s.blocks.append(ReportBlock::chartBlock(chart));
    addFamily(s.blocks, inputs, PviFamily::Experiments, u"Experiment indicators"_s);
    s.blocks.append(ReportBlock::footnote(
        u"Conversion rates compared with a two-proportion z-test (Fisher's exact test when a cell "
        "is below 5); lift interval by the Katz log method. The experiments appendix lists every "
        "arm with its n, sample-ratio check and decision."_s));
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

ReportSection attributionSection(const ReportInputs& inputs) {
    ReportSection s;
    const AttributionData& d = inputs.attribution;
    const AttributionReport& r = d.report;
    if (!d.error.isEmpty()) {
        s.blocks.append(ReportBlock::paragraph(d.error));
        return s;
    }
    s.blocks.append(ReportBlock::paragraph(
        u"How the credit for %1 conversions is shared among channels by each attribution model. "
        "Where the models agree, the channel's role is clear; where they differ, the channel "
        "matters at one stage of the journey."_s.arg(formatCount(r.conversions))));
    ReportChart chart;
    chart.title = u"Conversions credited per channel"_s;
    chart.valueTitle = u"Conversions"_s;
    for (const QString& channel : r.channels)
        chart.categories.append(channel);
    int colour = 0;
    ReportTable table;
    table.header = {u"Channel"_s};
    table.numeric = {false};
    for (const ModelCredit& model : r.models) {
        const QString name = attributionModelName(model.model);
        table.header.append(name);
        table.numeric.append(true);
        const bool charted = model.model == u"last_touch"_s || model.model == u"linear"_s ||
                             model.model == u"markov"_s;
        ReportSeries series = ReportSeries::named(name, palette::series(colour));
        for (const QString& channel : r.channels) {
            const auto it = model.overall.conversions.find(channel);
            series.values.append(it == model.overall.conversions.end() ? 0.0 : it->second);
        }
        if (charted) {
            chart.series.append(series);
            ++colour;
        }
    }
    for (const QString& channel : r.channels) {
        QStringList row{channel};
        for (const ModelCredit& model : r.models) {
            const auto it = model.overall.conversions.find(channel);
            row.append(displayLocale().toString(
                it == model.overall.conversions.end() ? 0.0 : it->second, 'f', 1));
        }
        table.rows.append(row);
    }
    table.widths = QList<double>(table.header.size(), 1.0);
    if (!table.widths.isEmpty())
        table.widths[0] = 1.8;
    chart.height = 50 + 12.0 * static_cast<double>(chart.categories.size()) *
                            std::max<qsizetype>(1, chart.series.size());
    if (!chart.categories.isEmpty())
        s.blocks.append(ReportBlock::chartBlock(chart));
    s.blocks.append(ReportBlock::tableBlock(table));
    s.blocks.append(ReportBlock::footnote(
        u"%1 journeys read, %2 converted; %3 conversions had no counted touch. %4"_s.arg(
            formatCount(r.journeys), formatCount(r.conversions),
            formatCount(r.unattributedConversions), d.notes.join(u' '))));
    return s;
}

} // namespace

ReportSection appendixSection(const QString& id, const ReportInputs& inputs);

ReportSection reportSection(const QString& id, const ReportInputs& inputs) {
    static const std::map<QString, std::function<ReportSection(const ReportInputs&)>> builders = {
        {u"summary"_s, summarySection},   {u"overview"_s, overviewSection},
        {u"segments"_s, segmentsSection}, {u"cohorts"_s, cohortsSection},
        {u"email"_s, emailSection},       {u"experience"_s, experienceSection},
        {u"roi"_s, roiSection},           {u"experiments"_s, experimentsSection},
        {u"lifetime"_s, lifetimeSection}, {u"attribution"_s, attributionSection},
    };
    const auto it = builders.find(id);
    ReportSection section = it != builders.end() ? it->second(inputs) : appendixSection(id, inputs);
    section.id = id;
    section.title = reportSectionTitle(id);
    section.blocks.prepend(ReportBlock::heading(section.title, 1));
    const QString note = inputs.notes.value(id);
    if (!note.trimmed().isEmpty())
        section.blocks.append(ReportBlock::note(note.trimmed()));
    return section;
}

} // namespace pvi::report
