#pragma once
// A report document written as a PDF: the cover, the contents page (reports, not slides) and the
// laid-out sections, painted at 72 dpi on a QPdfWriter so that charts are vectors and text is
// real text in the embedded report font. The file is written whole or not at all.

#include "report/report_document.h"
#include "report/report_layout.h"
#include "report/report_style.h"

#include <QString>

#include <functional>

class QPainter;

namespace pvi::report {

/// How a document becomes pages.
struct PdfFormat {
    PageGeometry page;
    double fontScale = 1.0;
    bool contentsPage = true;

    static PdfFormat report(QPageSize::PageSizeId size, bool landscape);
    /// 16:9 slides in large type, without a contents page.
    static PdfFormat slides();
};

/// Called after each page with (pages written, pages in all); returning false cancels.
using PageProgress = std::function<bool(int done, int total)>;

/// The pages of `document` in `format`: the sections' layout, numbered after the cover and the
/// contents page.
struct PaginatedReport {
    ReportLayout layout;
    int frontPages = 0; ///< cover (and contents) before the first section's page
    int pageCount() const { return frontPages + static_cast<int>(layout.pages.size()); }
};
PaginatedReport paginate(const ReportDocument& document, const PdfFormat& format);

/// Paints page `index` (0 = the cover) of the paginated document with `painter`, whose device is
/// one page of `format` at 72 dpi (a PDF page or an image for the presentation).
void paintPage(QPainter& painter, const ReportDocument& document, const PaginatedReport& pages,
               const PdfFormat& format, int index);

/// Writes the PDF to `path`; its page count, or 0 with `error` set when it cannot be written or
/// was cancelled (the file is then left as it was).
int writePdf(const ReportDocument& document, const PdfFormat& format, const QString& path,
             QString* error, const PageProgress& progress = {});

/// The slide deck of a report: the cover, then one slide per chart, tile group or table of each
/// section under the section's title (paragraphs and footnotes stay in the report).
ReportDocument slidesOf(const ReportDocument& report);

} // namespace pvi::report
