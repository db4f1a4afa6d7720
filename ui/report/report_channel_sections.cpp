// The sections of the channel and evidence pages: Email, Customer experience, ROI, Experiments
// and Attribution.
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

ReportSection emailSection(const ReportInputs& inputs) {
    ReportSection s;
    const EmailData& d = inputs.email;
    if (!d.error.isEmpty()) {
        s.blocks.append(ReportBlock::paragraph(d.error));
        return s;
    }
    s.blocks.append(ReportBlock::paragraph(
        ReportText::tr("%1 campaigns were sent in %2: %3 personalized and %4 generic. Rates are "
                       "pooled over the "
                       "campaigns (all opens over all deliveries), never averaged.")
            .arg(d.campaigns.size())
            .arg(periodText(d.period))
            .arg(d.personalized.campaigns)
            .arg(d.generic.campaigns)));
    ReportChart chart;
    chart.title = ReportText::tr("E-mail rates, personalized vs generic campaigns");
    chart.format = AxisFormat::Percent;
    chart.valueTitle = ReportText::tr("Rate with its 95% Wilson interval");
    chart.categories = {ReportText::tr("Open rate"), ReportText::tr("Click rate"),
                        ReportText::tr("Unsubscribe rate")};
    auto seriesOf = [](const QString& name, const QColor& colour, const EmailGroupRates& g) {
        ReportSeries series = ReportSeries::named(name, colour);
        for (const RateWithInterval* r : {&g.open, &g.click, &g.unsubscribe}) {
            series.values.append(r->rate ? *r->rate * 100 : kNaN);
            series.low.append(r->low ? *r->low * 100 : kNaN);
            series.high.append(r->high ? *r->high * 100 : kNaN);
        }
        return series;
    };
    chart.series = {seriesOf(ReportText::tr("Personalized"), personalizedColour(), d.personalized),
                    seriesOf(ReportText::tr("Generic"), genericColour(), d.generic)};
    chart.height = 150;
    s.blocks.append(ReportBlock::chartBlock(chart));
    addFamily(s.blocks, inputs, PviFamily::Email, ReportText::tr("E-mail indicators"));
    ReportTable table;
    table.header = {ReportText::tr("Campaign"),    ReportText::tr("Sent"),
                    ReportText::tr("Kind"),        ReportText::tr("Delivered"),
                    ReportText::tr("Open rate"),   ReportText::tr("Click rate"),
                    ReportText::tr("Unsubscribes")};
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
        s.blocks.append(ReportBlock::heading(ReportText::tr("Campaigns")));
        s.blocks.append(ReportBlock::tableBlock(table));
    }
    s.blocks.append(ReportBlock::footnote(ReportText::tr(
        "Open, click and unsubscribe rates are unique recipients over deliveries; intervals are "
        "Wilson 95% intervals. A campaign is personalized when a campaign-name rule matches it.")));
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
        ReportText::tr(
            "Survey scores for %1, for respondents who received personalization and those who did "
            "not, each with its 95% interval.")
            .arg(periodText(d.period))));
    for (const ExperienceInstrument& instrument : d.instruments) {
        if (!instrument.result.available)
            continue;
        ReportChart chart;
        chart.title = ReportText::tr("%1 by group").arg(instrument.title);
        chart.categories = {ReportText::tr("All respondents"), ReportText::tr("Personalized"),
                            ReportText::tr("Generic")};
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
            ReportText::tr("%1: n = %2 answers (%3 personalized, %4 generic).")
                .arg(instrument.title)
                .arg(formatCount(instrument.groups.all.n),
                     formatCount(instrument.groups.personalized.n),
                     formatCount(instrument.groups.generic.n))));
    }
    if (d.sentiment.available && d.sentiment.value)
        s.blocks.append(ReportBlock::paragraph(
            ReportText::tr("%1 comments had a mean sentiment of %2 on a scale of −1 to +1.")
                .arg(formatCount(d.sentimentSummary.comments))
                .arg(displayLocale().toString(*d.sentiment.value, 'f', 2))));
    addFamily(s.blocks, inputs, PviFamily::Surveys, ReportText::tr("Survey indicators"));
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
        ReportText::tr(
            "What personalization cost and what it brought in: the incremental revenue is the gap "
            "in "
            "revenue per customer between reached and other customers times the reached customers, "
            "valued at a gross margin of %1.")
            .arg(formatValue(ledger.grossMargin * 100, ValueKind::Percent))));
    addFamily(s.blocks, inputs, PviFamily::Costs, ReportText::tr("Cost indicators"));
    ReportTable table;
    table.header = {ReportText::tr("Month"),
                    ReportText::tr("Personalization cost"),
                    ReportText::tr("Acquisition cost"),
                    ReportText::tr("Reached"),
                    ReportText::tr("Incremental revenue"),
                    ReportText::tr("ROI"),
                    ReportText::tr("Payback")};
    table.numeric = {false, true, true, true, true, true, true};
    std::vector<RoiLedgerRow> rows = ledger.months;
    rows.push_back(ledger.total);
    for (const RoiLedgerRow& row : rows) {
        table.rows.append(
            {row.label, formatMoney(row.personalizationCost, d.currency),
             formatMoney(row.acquisitionCost, d.currency), formatCount(row.reachedCustomers),
             moneyOrDash(row.incrementalRevenue, d.currency),
             row.roiPercent ? formatSignedPercent(*row.roiPercent) : u"—"_s,
             row.paybackMonths ? ReportText::tr("%1 months")
                                     .arg(displayLocale().toString(*row.paybackMonths, 'f', 1))
                               : u"—"_s});
    }
    s.blocks.append(ReportBlock::tableBlock(table));
    s.blocks.append(ReportBlock::footnote(ReportText::tr(
        "Costs are the imported costs prorated by day. The incremental revenue compares customers "
        "who chose personalized experiences with others; the selection-adjusted estimate of the "
        "Overview (matched customers) is the more cautious figure.")));
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
        s.blocks.append(
            ReportBlock::paragraph(ReportText::tr("No experiment is stored in the workspace.")));
        return s;
    }
    s.blocks.append(ReportBlock::paragraph(ReportText::tr(
        "Randomized A/B tests: the conversion lift of each treatment arm over its control with "
        "its "
        "95% interval. Only these comparisons prove an effect; the lifts elsewhere in this report "
        "compare customers who were not assigned at random.")));
    ReportChart chart;
    chart.title = ReportText::tr("Conversion lift over control");
    chart.format = AxisFormat::Percent;
    chart.valueTitle = ReportText::tr("Lift with its 95% interval");
    ReportSeries lift = ReportSeries::named(ReportText::tr("Treatment"), personalizedColour());
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
    addFamily(s.blocks, inputs, PviFamily::Experiments, ReportText::tr("Experiment indicators"));
    s.blocks.append(ReportBlock::footnote(ReportText::tr(
        "Conversion rates compared with a two-proportion z-test (Fisher's exact test when a cell "
        "is below 5); lift interval by the Katz log method. The experiments appendix lists every "
        "arm with its n, sample-ratio check and decision.")));
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
        ReportText::tr(
            "How the credit for %1 conversions is shared among channels by each attribution model. "
            "Where the models agree, the channel's role is clear; where they differ, the channel "
            "matters at one stage of the journey.")
            .arg(formatCount(qRound64(r.conversions)))));
    ReportChart chart;
    chart.title = ReportText::tr("Conversions credited per channel");
    chart.valueTitle = ReportText::tr("Conversions");
    for (const QString& channel : r.channels)
        chart.categories.append(channel);
    int colour = 0;
    ReportTable table;
    table.header = {ReportText::tr("Channel")};
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
        ReportText::tr("%1 journeys read, %2 converted; %3 conversions had no counted touch. %4")
            .arg(formatCount(r.journeys), formatCount(qRound64(r.conversions)),
                 formatCount(qRound64(r.unattributedConversions)), d.notes.join(u' '))));
    return s;
}

} // namespace pvi::report
