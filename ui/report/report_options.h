#pragma once
// What a report is made of, as `pvi report` and File › Export report… ask for it.

#include "pvi/engine/period_filter.h"

#include <QDate>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace pvi::report {

struct ReportOptions {
    PeriodFilter filter;  ///< the period and what it is compared with
    QStringList sections; ///< section ids to include (reportSectionIds()); empty: all
    QString client;
    QString consultant;
    QStringList logoFiles; ///< PNG, JPEG or SVG, drawn on the cover
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool landscape = false;
    /// The day the report says it was made: the clock, injectable so that the same workspace
    /// and options give the same text. Invalid: today.
    QDate madeOn;
};

/// Every section a report can have, in report order: "summary", "overview", "segments",
/// "cohorts", "email", "experience", "roi", "experiments", "lifetime", "attribution",
/// "appendix-experiments", "appendix-methods", "glossary", "data-quality".
const QStringList& reportSectionIds();

/// The section's title ("Executive summary", "Segments", ...); empty for an unknown id.
QString reportSectionTitle(const QString& id);

/// The workspace setting that holds a section's consultant's note ("report_note.segments").
QString reportNoteKey(const QString& sectionId);

} // namespace pvi::report
