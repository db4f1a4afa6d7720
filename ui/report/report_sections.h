#pragma once
// The report's sections, one function per section: the executive summary, one section per page
// of the window, and the appendices. Each reads the page data in ReportInputs and writes blocks:
// a few sentences, the page's charts and tiles, a footnote with n and the method, and the
// consultant's note for the section when there is one.

#include "report/report_document.h"
#include "report/report_inputs.h"

namespace pvi::report {

/// The section `id` (reportSectionIds()) of the report.
ReportSection reportSection(const QString& id, const ReportInputs& inputs);

} // namespace pvi::report
