#pragma once
// What the report's section builders share: the audience colours, value texts, a family's tiles,
// and the builders themselves (one file per group of pages: report_sections.cpp for the summary
// and the Overview, report_customer_sections.cpp, report_channel_sections.cpp,
// report_appendices.cpp). Internal to ui/report/.

#include "pvi/engine/pvi_definition.h"
#include "report/report_document.h"
#include "report/report_inputs.h"

#include <QColor>

#include <limits>
#include <optional>

namespace pvi::report {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QColor personalizedColour();
QColor genericColour();
QColor allColour();
/// The value, or NaN (a chart leaves it out).
double orNaN(const std::optional<double>& v);
/// "1 Mar 2025 – 31 Mar 2025", or "no period".
QString periodText(const Period& p);
/// A percentage as the window writes it, or "—".
QString percentText(const std::optional<double>& v);
/// Money in the currency, or "—".
QString moneyOrDash(const std::optional<double>& v, const QString& currency);
/// The tiles of the PVIs of one family, in table order.
QList<ReportTile> familyTiles(const ReportInputs& inputs, PviFamily family);
/// Appends the family's tiles under a heading, when it has any.
void addFamily(QList<ReportBlock>& blocks, const ReportInputs& inputs, PviFamily family,
               const QString& heading = {});

// The sections, each without its title and note (reportSection() adds them).
ReportSection summarySection(const ReportInputs& inputs);
ReportSection overviewSection(const ReportInputs& inputs);
ReportSection segmentsSection(const ReportInputs& inputs);
ReportSection cohortsSection(const ReportInputs& inputs);
ReportSection lifetimeSection(const ReportInputs& inputs);
ReportSection emailSection(const ReportInputs& inputs);
ReportSection experienceSection(const ReportInputs& inputs);
ReportSection roiSection(const ReportInputs& inputs);
ReportSection experimentsSection(const ReportInputs& inputs);
ReportSection attributionSection(const ReportInputs& inputs);
/// An appendix: "appendix-experiments", "appendix-methods", "glossary", "data-quality".
ReportSection appendixSection(const QString& id, const ReportInputs& inputs);

} // namespace pvi::report
