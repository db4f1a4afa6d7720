// The report's appendices: every experiment arm by arm, the methods of every PVI shown, a
// glossary and the data's quality (import issues, PVIs not available and why).
#include "pages/experiment_summary.h"
#include "pvi/engine/pvi_registry.h"
#include "report/report_section_parts.h"
#include "widgets/value_format.h"

using namespace Qt::StringLiterals;

namespace pvi::report {

namespace {

QString probabilityText(const std::optional<double>& p) {
    if (!p)
        return u"—"_s;
    return *p < 0.001 ? u"< 0.001"_s : displayLocale().toString(*p, 'f', 3);
}

ReportSection experimentsAppendix(const ReportInputs& inputs) {
    ReportSection s;
    const ExperimentsData& d = inputs.experiments;
    if (d.experiments.empty()) {
        s.blocks.append(ReportBlock::paragraph(u"No experiment is stored in the workspace."_s));
        return s;
    }
    for (std::size_t i = 0; i < d.experiments.size() && i < d.analyses.size(); ++i) {
        const Experiment& e = d.experiments[i];
        const ExperimentAnalysis& a = d.analyses[i];
        s.blocks.append(ReportBlock::heading(e.name));
        s.blocks.append(ReportBlock::paragraph(u"Measure: %1. Ran %2 to %3. Decision: %4."_s.arg(
            e.metric, e.startedOn.isValid() ? formatDay(e.startedOn) : u"an unknown day"_s,
            e.endedOn.isValid() ? formatDay(e.endedOn) : u"(still running)"_s,
            verdictChipText(verdictChip(a, d.asOf)))));
        ReportTable table;
        table.header = {
            u"Arm"_s,     u"Visitors"_s,       u"Conversions"_s, u"Rate"_s, u"Lift vs control"_s,
            u"p-value"_s, u"Sample-ratio p"_s, u"Verdict"_s};
        table.numeric = {false, true, true, true, false, true, true, false};
        table.widths = {1.5, 1, 1, 1, 2.6, 0.9, 1.1, 1.1};
        if (const ExperimentArm* control = e.control())
            table.rows.append(
                {control->name + u" (control)"_s, formatCount(control->conversions.n),
                 formatCount(control->conversions.conversions),
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
    s.blocks.append(ReportBlock::footnote(
        u"Sample-ratio p: chi-square test of the visitors against the planned split; below 0.01 "
        "the split is broken and the result is not trusted."_s));
    return s;
}

/// The test behind a PVI's lift, from how its family compares the groups (metric_support.h).
QString liftTest(const PviDefinition& def, const PviResult& result) {
    if (!result.liftPercent)
        return u"—"_s;
    if (!result.pValue)
        return u"comparison of the two groups' values, no test"_s;
    if (def.unit == PviUnit::Percent)
        return u"two-proportion z-test; Katz log interval"_s;
    if (def.unit == PviUnit::Points || def.unit == PviUnit::Score)
        return u"difference of the groups' scores (docs/surveys.md)"_s;
    return u"Welch t-test; delta-method interval"_s;
}

ReportSection methodsAppendix(const ReportInputs& inputs) {
    ReportSection s;
    s.blocks.append(ReportBlock::paragraph(
        u"Every indicator in this report: what it measures, the data it uses and the test behind "
        u"its "
        "personalized-vs-generic lift. The executive summary scores each available indicator by "
        "the largest of: 3 + |lift|/100 (lift capped at 100%) for a lift with p < 0.05; 2.5 for "
        "an off-track target, 1.5 for one on watch; |change|/20, at most 2, for its change since "
        "the comparison period (in percent, or points for percentages). It shows the five highest, "
        "one per comparison."_s));
    ReportTable table;
    table.header = {u"Indicator"_s, u"Formula"_s, u"Data used"_s, u"Lift test"_s};
    table.widths = {1.3, 3, 1.5, 1.4};
    for (const PviTileData* tile : inputs.allTiles()) {
        const PviDefinition* def = PviRegistry::find(tile->id);
        if (!def)
            continue;
        table.rows.append(
            {def->title, def->formula, def->dataNeeded, liftTest(*def, tile->result)});
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
    table.header = {u"Term"_s, u"Meaning"_s};
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
    batches.header = {u"File"_s, u"Source"_s, u"Imported"_s, u"Rows"_s, u"Issues"_s};
    batches.numeric = {false, false, false, true, true};
    batches.widths = {2.6, 1.6, 1.4, 1, 0.8};
    for (const ImportBatchInfo& b : inputs.batches)
        batches.rows.append({b.fileName, b.source, b.importedAt.left(10), formatCount(b.rowsRead),
                             formatCount(b.issueCount)});
    addTableOrSay(s.blocks, u"Imports"_s, batches, u"Nothing has been imported."_s);
    ReportTable issues;
    issues.header = {u"File"_s, u"Line"_s, u"Column"_s, u"Problem"_s};
    issues.numeric = {false, true, true, false};
    issues.widths = {1.6, 0.6, 0.7, 4};
    for (const ImportIssue& issue : inputs.issues)
        issues.rows.append({issue.file, QString::number(issue.line), QString::number(issue.column),
                            issue.message});
    addTableOrSay(s.blocks, u"Import issues"_s, issues, u"The imports reported no issue."_s);
    if (inputs.issuesLeftOut > 0)
        s.blocks.append(ReportBlock::footnote(u"%1 more issues are listed on the Data page."_s.arg(
            formatCount(inputs.issuesLeftOut))));
    ReportTable missing;
    missing.header = {u"Indicator"_s, u"Why it is not available"_s};
    missing.widths = {1.3, 3};
    for (const PviTileData* tile : inputs.allTiles()) {
        if (!tile->result.available)
            missing.rows.append({tile->title, tile->result.reason});
    }
    addTableOrSay(s.blocks, u"Indicators not available"_s, missing,
                  u"Every indicator could be computed."_s);
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
