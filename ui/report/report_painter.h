#pragma once
// Paints the laid-out report: the cover, the contents page, each block in its rectangle, and the
// running header and footer.

#include "report/report_document.h"
#include "report/report_layout.h"
#include "report/report_style.h"

class QPainter;

namespace pvi::report {

/// One block, or its rows [placed.from, placed.to), in placed.rect.
void paintBlock(QPainter& painter, const ReportBlock& block, const PlacedBlock& placed,
                const BlockMetrics& metrics);

/// The cover: logos, title, client, consultant, period, comparison, sources, date.
void paintCover(QPainter& painter, const PageGeometry& page, const ReportCover& cover,
                const ReportFonts& fonts);

/// The contents page: each section's title with its page number (1-based, in the whole file).
void paintContents(QPainter& painter, const PageGeometry& page,
                   const QList<ReportSection>& sections, const QList<int>& pageNumbers,
                   const ReportFonts& fonts);

/// The running header ("Client · period" on the left, the section on the right) and footer
/// ("Made on …" on the left, "Page X of Y" on the right).
void paintRunning(QPainter& painter, const PageGeometry& page, const QString& header,
                  const QString& section, const QString& madeOn, int pageNumber, int pageCount,
                  const ReportFonts& fonts);

} // namespace pvi::report
