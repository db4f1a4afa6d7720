// The executive summary and the Overview section, and the table of every section's builder.
#include "report/report_sections.h"

#include "charts/chart_palette.h"
#include "pages/experiment_summary.h"
#include "pvi/engine/pvi_engine.h"
#include "report/report_section_parts.h"
#include "report/report_texts.h"
#include "report/report_tiles.h"
#include "widgets/value_format.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace pvi::report {

ReportSection summarySection(const ReportInputs& inputs) {
    ReportSection s;
    const OverviewData& o = inputs.overview;
    s.blocks.append(ReportBlock::paragraph(
        ReportText::tr(
            "This report covers %1, compared with %2. The five indicators below matter most for "
            "this period: significant differences between personalized and generic customers, the "
            "largest changes since the comparison period and targets that are off track (the rule "
            "is "
            "in the methods appendix).")
            .arg(periodText(o.period), periodText(o.comparison))));
    QList<ReportTile> tiles;
    for (const PviTileData* tile : summaryTiles(inputs)) {
        ReportTile t = reportTile(*tile);
        t.verdict = verdictSentence(*tile, targetAlertOf(inputs, *tile));
        tiles.append(t);
    }
    if (tiles.isEmpty())
        s.blocks.append(ReportBlock::paragraph(
            ReportText::tr("No indicator could be computed for this period.")));
    else
        s.blocks.append(ReportBlock::tileRow(tiles));
    s.blocks.append(ReportBlock::heading(ReportText::tr("Recommendations")));
    int n = 0;
    for (const QString& r : recommendations(inputs))
        s.blocks.append(ReportBlock::paragraph(u"%1. %2"_s.arg(++n).arg(r)));
    s.blocks.append(ReportBlock::footnote(ReportText::tr(
        "Lifts compare personalized with generic customers; ★ marks p < 0.05. Intervals are 95% "
        "confidence intervals. A lift among customers who were not assigned at random shows an "
        "association, not a proven effect.")));
    return s;
}

ReportSection overviewSection(const ReportInputs& inputs) {
    ReportSection s;
    const OverviewData& o = inputs.overview;
    if (!o.error.isEmpty() || o.empty) {
        s.blocks.append(ReportBlock::paragraph(
            o.error.isEmpty() ? ReportText::tr("The workspace has no orders yet.") : o.error));
        return s;
    }
    ReportChart revenue;
    revenue.kind = ReportChart::Kind::Lines;
    revenue.title = ReportText::tr("Revenue per month, all customers");
    revenue.format = AxisFormat::Money;
    revenue.currency = o.currency;
    revenue.valueTitle = ReportText::tr("Net revenue");
    ReportSeries series = ReportSeries::named(ReportText::tr("All customers"), allColour());
    qint64 orders = 0;
    for (const MonthlyPoint& m : o.months) {
        revenue.categories.append(displayLocale().toString(m.month, u"MMM yy"_s));
        series.values.append(m.revenue);
        orders += m.orders;
    }
    revenue.series.append(series);
    s.blocks.append(ReportBlock::paragraph(
        ReportText::tr("Every indicator of the period, with its change since %1 and, where "
                       "customers can be told "
                       "apart, the lift of personalized over generic customers.")
            .arg(periodText(o.comparison))));
    s.blocks.append(ReportBlock::chartBlock(revenue));
    s.blocks.append(ReportBlock::footnote(
        ReportText::tr(
            "Monthly net revenue of valid orders (cancelled, voided and refunded orders left out) "
            "over %1 months, %2 orders in all.")
            .arg(o.months.size())
            .arg(formatCount(orders))));
    for (PviFamily family :
         {PviFamily::Orders, PviFamily::Effect, PviFamily::Email, PviFamily::Surveys,
          PviFamily::Web, PviFamily::Costs, PviFamily::Predictive, PviFamily::Experiments,
          PviFamily::Monitoring, PviFamily::Engagement, PviFamily::Fairness, PviFamily::Targets})
        addFamily(s.blocks, inputs, family);
    return s;
}

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
