#pragma once
// Pages from a report's sections: every block gets a rectangle inside the page's body, a section
// starts on a new page, a heading stays with what follows it, and nothing is cut by a page break
// except tables and tile groups, which continue on the next page by whole rows (a table with its
// header repeated).

#include "report/report_document.h"
#include "report/report_style.h"

#include <QList>
#include <QRectF>

class QPaintDevice;

namespace pvi::report {

/// A block, or the rows [from, to) of a table or tile block, placed on a page.
struct PlacedBlock {
    int section = 0;
    int block = 0;
    QRectF rect;
    int from = 0;
    int to = 0;
    bool continued = false; ///< rows of a table or tiles that began on an earlier page
};

struct LaidOutPage {
    int section = 0; ///< the section whose blocks the page holds
    QList<PlacedBlock> blocks;
};

struct ReportLayout {
    QList<LaidOutPage> pages;
    QList<int> sectionFirstPage; ///< per section, the index of its first page in `pages`
};

/// The sizes a block's parts take on a page of body width `width`.
class BlockMetrics {
public:
    explicit BlockMetrics(const ReportFonts& fonts);

    /// The heights of the block's rows (one for blocks that are never split).
    QList<double> rowHeights(const ReportBlock& block, double width) const;
    /// The height drawn above the rows on every page: a table's header.
    double headHeight(const ReportBlock& block, double width) const;
    /// Tiles per row in a tile block.
    int tilesPerRow(const ReportBlock& block, double width) const;
    /// The width of each table column: each gets the room of its widest cell when the table is
    /// wide enough, else at least its longest word (numbers whole), the rest shared by weight.
    QList<double> columnWidths(const ReportTable& table, double width) const;
    /// The height of `text` wrapped in `width` with `font`.
    double textHeight(const QFont& font, const QString& text, double width) const;

    const ReportFonts& fonts() const { return m_fonts; }
    /// A 72-dpi device for measuring text, the resolution the report paints at.
    static QPaintDevice* measureDevice();

private:
    double tableRowHeight(const QList<double>& widths, const QStringList& cells, bool header) const;

    ReportFonts m_fonts;
    double m_scale;
};

/// Lays out the sections on pages of `page`'s body.
ReportLayout layoutSections(const QList<ReportSection>& sections, const PageGeometry& page,
                            const BlockMetrics& metrics);

} // namespace pvi::report
