#pragma once
// The report's type and page geometry: one bundled font (DejaVu Sans, loaded from the file in the
// resources so the PDF embeds it as searchable text) and sizes in points. The report is always
// drawn in the light palette, whatever the window's theme.

#include <QFont>
#include <QMarginsF>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>

namespace pvi::report {

/// The family of the bundled report font, registered on first use (thread-safe).
QString reportFontFamily();

/// The report's fonts, in points (the report paints at 72 dpi: one unit is one point).
struct ReportFonts {
    QFont title;    ///< the cover's title
    QFont heading1; ///< a section's title
    QFont heading2;
    QFont body;
    QFont small; ///< footnotes, table cells, the running header and footer
    QFont tileValue;
    QFont tileTitle;

    /// `scale` enlarges every size (the slides use large type).
    static ReportFonts standard(double scale = 1.0);
};

/// A page: its size in points, the margins and the bands of the running header and footer.
struct PageGeometry {
    QSizeF size;
    QMarginsF margins{50, 46, 50, 46};
    double headerHeight = 22; ///< above the body, inside the top margin's end
    double footerHeight = 22;
    /// Whether the running header and footer are drawn (not on slides).
    bool running = true;

    /// The rectangle blocks are laid out in.
    QRectF body() const;

    static PageGeometry paper(QPageSize::PageSizeId id, bool landscape);
    /// A 16:9 slide, 960 × 540 points.
    static PageGeometry slide();
};

/// Sizes of the blocks, in points at scale 1 (times the font scale on slides).
inline constexpr double kBlockGap = 10;       ///< between blocks
inline constexpr double kTileHeight = 74;     ///< a tile without a verdict
inline constexpr double kVerdictShare = 0.58; ///< of a wide tile's width, for its verdict
inline constexpr double kCellPadX = 4;        ///< left and right of a table cell's text
inline constexpr double kCellPadY = 3;        ///< above and below it

} // namespace pvi::report
