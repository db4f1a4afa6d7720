// The report's appendices: every experiment arm by arm, the methods of every PVI shown, a
// glossary and the data's quality (import issues, PVIs not available and why).
#include "pages/experiment_summary.h"
#include "pvi/engine/pvi_registry.h"
#include "report/report_section_parts.h"
#include "report/report_texts.h"
#include "widgets/pvi_text.h"
#include "widgets/value_format.h"

using namespace Qt::StringLiterals;

namespace pvi::report {

namespace {

QString probabilityText(const std::optional<double>& p) {
    if (!p)
        return u"—"_s;
    return *p < 0.001 ? u"< "_s + displayLocale().toString(0.001, 'f', 3)
                      : displayLocale().toString(*p, 'f', 3);
}

ReportSection experimentsAppendix(const ReportInputs& inputs) {
    ReportSection s;
    const ExperimentsData& d = inputs.experiments;
    if (d.experiments.empty()) {
        s.blocks.append(
            ReportBlock::paragraph(ReportText::tr("No experiment is stored in the workspace.")));
        return s;
    }
    for (std::size_t i = 0; i < d.experiments.size() && i < d.analyses.size(); ++i) {
        const Experiment& e = d.experiments[i];
        const ExperimentAnalysis& a = d.analyses[i];
        s.blocks.append(ReportBlock::heading(e.name));
        s.blocks.append(ReportBlock::paragraph(
            ReportText::tr("Measure: %1. Ran %2 to %3. Decision: %4.")
                .arg(e.metric,
                     e.startedOn.isValid() ? formatDay(e.startedOn)
                                           : ReportText::tr("an unknown day"),
                     e.endedOn.isValid() ? formatDay(e.endedOn) : ReportText::tr("(still running)"),
                     verdictChipText(verdictChip(a, d.asOf)))));
        ReportTable table;
        table.header = {ReportText::tr("Arm"),
                        ReportText::tr("Visitors"),
                        ReportText::tr("Conversions"),
                        ReportText::tr("Rate"),
                        ReportText::tr("Lift vs control"),
                        u"p-value"_s,
                        ReportText::tr("Sample-ratio p"),
                        ReportText::tr("Verdict")};
        table.numeric = {false, true, true, true, false, true, true, false};
        table.widths = {1.5, 1, 1, 1, 2.6, 0.9, 1.1, 1.1};
        if (const ExperimentArm* control = e.control())
            table.rows.append(
                {ReportText::tr("%1 (control)").arg(control->name),
                 formatCount(control->conversions.n), formatCount(control->conversions.conversions),
                 control->conversions.n > 0
                     ? formatValue(100.0 * control->conversions.rate(), ValueKind::Percent)
                     : u"—"_s,
                 u"—"_s, u"—"_s, u"—"_s, u"—"_s});
        for (const ArmComparison& arm : a.comparisons) {
            const ProportionSummary& t = arm.rates.treatment;
            table.rows.append({arm.treatmentArm, formatCount(t.n), formatCount(t.conversions),
                               t.n > 0 ? formatValue(100.0 * t.rate(), ValueKind::Percent) : u"—"_s,
                               liftText(arm.rates.liftPercent), probabilityText(arm.rates.pValue),
                               probabilityText(arm.rates.srm.test.pValue),
                               verdictChipText(verdictChip(arm.rates))});
        }
        s.blocks.append(ReportBlock::tableBlock(table));
        if (!a.reasons.isEmpty())
            s.blocks.append(ReportBlock::footnote(a.reasons.join(u' ')));
    }
    s.blocks.append(ReportBlock::footnote(ReportText::tr(
        "Sample-ratio p: chi-square test of the visitors against the planned split; below 0.01 "
        "the split is broken and the result is not trusted.")));
    return s;
}

/// The test behind a PVI's lift, from how its family compares the groups (metric_support.h).
QString liftTest(const PviDefinition& def, const PviResult& result) {
    if (!result.liftPercent)
        return u"—"_s;
    if (!result.pValue)
        return ReportText::tr("comparison of the two groups' values, no test");
    if (def.unit == PviUnit::Percent)
        return ReportText::tr("two-proportion z-test; Katz log interval");
    if (def.unit == PviUnit::Points || def.unit == PviUnit::Score)
        return ReportText::tr("difference of the groups' scores (docs/surveys.md)");
    return ReportText::tr("Welch t-test; delta-method interval");
}

ReportSection methodsAppendix(const ReportInputs& inputs) {
    ReportSection s;
    s.blocks.append(ReportBlock::paragraph(ReportText::tr(
        "Every indicator in this report: what it measures, the data it uses and the test behind "
        "its "
        "personalized-vs-generic lift. The executive summary scores each available indicator by "
        "the largest of: 3 + |lift|/100 (lift capped at 100%) for a lift with p < 0.05; 2.5 for "
        "an off-track target, 1.5 for one on watch; |change|/20, at most 2, for its change since "
        "the comparison period (in percent, or points for percentages). It shows the five highest, "
        "one per comparison.")));
    ReportTable table;
    table.header = {ReportText::tr("Indicator"), ReportText::tr("Formula"),
                    ReportText::tr("Data used"), ReportText::tr("Lift test")};
    table.widths = {1.3, 3, 1.5, 1.4};
    for (const PviTileData* tile : inputs.allTiles()) {
        const PviDefinition* found = PviRegistry::find(tile->id);
        if (!found)
            continue;
        const PviDefinition def = translated(*found); // the document follows the window's language
        table.rows.append({def.title, def.formula, def.dataNeeded, liftTest(def, tile->result)});
    }
    s.blocks.append(ReportBlock::tableBlock(table));
    return s;
}

ReportSection glossary(const ReportInputs&) {
    ReportSection s;
    const std::pair<const char*, const char*> terms[] = {
        {"Personalized customers",
         "Customers reached by a personalization rule (a discount code, a "
         "landing page, a campaign, a list) by the end of the period."},
        {"Generic customers", "Every other customer of the period: the comparison group."},
        {"Lift", "How much higher (or lower) the personalized customers' value is than the generic "
                 "customers', in percent of the generic value."},
        {"95% interval", "The range of values the data are compatible with; when it excludes 0 the "
                         "lift is significant at the 5% level."},
        {"p-value",
         "The chance of a gap at least this large if personalization made no difference; "
         "below 0.05 it is marked ★."},
        {"Self-selected",
         "Customers chose (or were chosen for) personalization; the gap may reflect "
         "who they are. Only a randomized experiment proves an effect."},
        {"Selection-adjusted effect", "The revenue gap after matching each personalized customer "
                                      "with a similar generic one on their history."},
        {"RFM", "Recency, frequency and monetary value: the segments of the shop's customers."},
        {"Cohort", "The customers whose first order fell in the same month."},
        {"CLV", "Customer lifetime value: what a customer is expected to spend over the horizon."},
        {"Sample-ratio mismatch", "An experiment whose arms did not get the planned share of "
                                  "visitors: its randomization is suspect."},
    };
    ReportTable table;
    table.header = {ReportText::tr("Term"), ReportText::tr("Meaning")};
    table.widths = {1, 3.2};
    for (const auto& [term, meaning] : terms)
        table.rows.append({QString::fromUtf8(term), QString::fromUtf8(meaning)});
    s.blocks.append(ReportBlock::tableBlock(table));
    return s;
}

/// A heading, then the table, or a sentence when it has no rows.
void addTableOrSay(QList<ReportBlock>& blocks, const QString& heading, const ReportTable& table,
                   const QString& whenEmpty) {
    blocks.append(ReportBlock::heading(heading));
    blocks.append(table.rows.isEmpty() ? ReportBlock::paragraph(whenEmpty)
                                       : ReportBlock::tableBlock(table));
}

ReportSection dataQuality(const ReportInputs& inputs) {
    ReportSection s;
    ReportTable batches;
    batches.header = {ReportText::tr("File"), ReportText::tr("Source"), ReportText::tr("Imported"),
                      ReportText::tr("Rows"), ReportText::tr("Issues")};
    batches.numeric = {false, false, false, true, true};
    batches.widths = {2.6, 1.6, 1.4, 1, 0.8};
    for (const ImportBatchInfo& b : inputs.batches)
        batches.rows.append({b.fileName, b.source, b.importedAt.left(10), formatCount(b.rowsRead),
                             formatCount(b.issueCount)});
    addTableOrSay(s.blocks, ReportText::tr("Imports"), batches,
                  ReportText::tr("Nothing has been imported."));
    ReportTable issues;
    issues.header = {ReportText::tr("File"), ReportText::tr("Line"), ReportText::tr("Column"),
                     ReportText::tr("Problem")};
    issues.numeric = {false, true, true, false};
    issues.widths = {1.6, 0.6, 0.7, 4};
    for (const ImportIssue& issue : inputs.issues)
        issues.rows.append({issue.file, QString::number(issue.line), QString::number(issue.column),
                            issue.message});
    addTableOrSay(s.blocks, ReportText::tr("Import issues"), issues,
                  ReportText::tr("The imports reported no issue."));
    if (inputs.issuesLeftOut > 0)
        s.blocks.append(
            ReportBlock::footnote(ReportText::tr("%1 more issues are listed on the Data page.")
                                      .arg(formatCount(inputs.issuesLeftOut))));
    ReportTable missing;
    missing.header = {ReportText::tr("Indicator"), ReportText::tr("Why it is not available")};
    missing.widths = {1.3, 3};
    for (const PviTileData* tile : inputs.allTiles()) {
        if (!tile->result.available)
            missing.rows.append({tile->title, tile->result.reason});
    }
    addTableOrSay(s.blocks, ReportText::tr("Indicators not available"), missing,
                  ReportText::tr("Every indicator could be computed."));
    return s;
}

} // namespace

ReportSection appendixSection(const QString& id, const ReportInputs& inputs) {
    if (id == u"appendix-experiments"_s)
        return experimentsAppendix(inputs);
    if (id == u"appendix-methods"_s)
        return methodsAppendix(inputs);
    if (id == u"glossary"_s)
        return glossary(inputs);
    return dataQuality(inputs);
}

} // namespace pvi::report
