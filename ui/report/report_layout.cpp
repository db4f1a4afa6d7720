#include "report/report_layout.h"

#include <QFontMetricsF>
#include <QImage>

#include <algorithm>
#include <cmath>

namespace pvi::report {

namespace {

constexpr double kTileMinWidth = 150; ///< tiles per row = body width / this

} // namespace

BlockMetrics::BlockMetrics(const ReportFonts& fonts)
    : m_fonts(fonts)
    , m_scale(fonts.body.pointSizeF() / 9.5) {}

QPaintDevice* BlockMetrics::measureDevice() {
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        const int dotsPerMeter = qRound(72.0 / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

double BlockMetrics::textHeight(const QFont& font, const QString& text, double width) const {
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, measureDevice());
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

int BlockMetrics::tilesPerRow(const ReportBlock& block, double width) const {
    const bool verdicts = std::any_of(block.tiles.begin(), block.tiles.end(),
                                      [](const ReportTile& t) { return !t.verdict.isEmpty(); });
    if (verdicts)
        return 1;
    return std::max(1, static_cast<int>(width / (kTileMinWidth * m_scale)));
}

QList<double> BlockMetrics::columnWidths(const ReportTable& table, double width) const {
    const qsizetype columns = table.header.size();
    QFont bold = m_fonts.small;
    bold.setBold(true);
    const QFontMetricsF cellMetrics(m_fonts.small, measureDevice());
    const QFontMetricsF headMetrics(bold, measureDevice());
    const double pad = 2 * kCellPadX * m_scale;
    QList<double> least(columns, 0), want(columns, 0), weights(columns, 1.0);
    auto measure = [&](const QFontMetricsF& metrics, const QString& text, qsizetype c) {
        const bool numeric = c < table.numeric.size() && table.numeric[c];
        const double whole = metrics.horizontalAdvance(text);
        double word = numeric ? whole : 0;
        if (!numeric) {
            for (const QString& w : text.split(u' ', Qt::SkipEmptyParts))
                word = std::max(word, metrics.horizontalAdvance(w));
        }
        least[c] = std::max(least[c], word + pad + 1);
        want[c] = std::max(want[c], whole + pad + 1);
    };
    for (qsizetype c = 0; c < columns; ++c) {
        if (c < table.widths.size())
            weights[c] = table.widths[c];
        measure(headMetrics, table.header[c], c);
        for (const QStringList& row : table.rows) {
            if (c < row.size())
                measure(cellMetrics, row[c], c);
        }
    }
    double sumLeast = 0, sumWant = 0, sumWeights = 0;
    for (qsizetype c = 0; c < columns; ++c) {
        sumLeast += least[c];
        sumWant += want[c];
        sumWeights += weights[c];
    }
    QList<double> widths(columns, 0);
    for (qsizetype c = 0; c < columns; ++c) {
        if (sumWant <= width)
            widths[c] = want[c] + (width - sumWant) * weights[c] / sumWeights;
        else if (sumLeast <= width)
            widths[c] = least[c] + (width - sumLeast) * (want[c] - least[c]) / (sumWant - sumLeast);
        else
            widths[c] = least[c] * width / sumLeast;
    }
    return widths;
}

double BlockMetrics::tableRowHeight(const QList<double>& widths, const QStringList& cells,
                                    bool header) const {
    QFont font = m_fonts.small;
    font.setBold(header);
    double tallest = QFontMetricsF(font, measureDevice()).height();
    for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c)
        tallest =
            std::max(tallest, textHeight(font, cells[c], widths[c] - 2 * kCellPadX * m_scale));
    return tallest + 2 * kCellPadY * m_scale;
}

double BlockMetrics::headHeight(const ReportBlock& block, double width) const {
    if (block.kind != ReportBlock::Kind::Table)
        return 0;
    return tableRowHeight(columnWidths(block.table, width), block.table.header, true);
}

QList<double> BlockMetrics::rowHeights(const ReportBlock& block, double width) const {
    switch (block.kind) {
    case ReportBlock::Kind::Heading:
        return {
            textHeight(block.level == 1 ? m_fonts.heading1 : m_fonts.heading2, block.text, width) +
            (block.level == 1 ? 6 : 2) * m_scale};
    case ReportBlock::Kind::Paragraph:
        return {textHeight(m_fonts.body, block.text, width)};
    case ReportBlock::Kind::Footnote:
        return {textHeight(m_fonts.small, block.text, width)};
    case ReportBlock::Kind::Note:
        // A framed box with a label line above the consultant's words.
        return {textHeight(m_fonts.body, block.text, width - 20 * m_scale) +
                textHeight(m_fonts.small, QStringLiteral("Consultant's note"), width) +
                16 * m_scale};
    case ReportBlock::Kind::Tiles: {
        const int perRow = tilesPerRow(block, width);
        QList<double> rows;
        for (qsizetype first = 0; first < block.tiles.size(); first += perRow) {
            double height = kTileHeight * m_scale;
            if (perRow == 1 && !block.tiles[first].verdict.isEmpty())
                height = std::max(height, textHeight(m_fonts.body, block.tiles[first].verdict,
                                                     width * kVerdictShare - 16 * m_scale) +
                                              20 * m_scale);
            rows.append(height + 6 * m_scale);
        }
        return rows;
    }
    case ReportBlock::Kind::Chart:
        return {block.chart.height * m_scale};
    case ReportBlock::Kind::Table: {
        const QList<double> widths = columnWidths(block.table, width);
        QList<double> rows;
        for (const QStringList& row : block.table.rows)
            rows.append(tableRowHeight(widths, row, false));
        return rows;
    }
    case ReportBlock::Kind::PageBreak:
        return {};
    }
    return {};
}

namespace {

/// The state of the layout: the pages so far and where the next block goes.
class Flow {
public:
    Flow(ReportLayout& layout, const QRectF& body)
        : m_layout(layout)
        , m_body(body) {}

    void newPage(int section) {
        m_layout.pages.append(LaidOutPage{section, {}});
        m_y = m_body.top();
    }
    bool pageEmpty() const { return m_layout.pages.last().blocks.isEmpty(); }
    double room() const { return m_body.bottom() - m_y; }
    void place(PlacedBlock placed, double height) {
        placed.rect = QRectF(m_body.left(), m_y, m_body.width(), std::min(height, room()));
        m_layout.pages.last().blocks.append(placed);
        m_y += height;
    }
    void skip(double height) { m_y = std::min(m_body.bottom(), m_y + height); }

private:
    ReportLayout& m_layout;
    QRectF m_body;
    double m_y = 0;
};

/// The height of the first piece of `block` that can stand on a page: its head and first row.
double firstPiece(const BlockMetrics& metrics, const ReportBlock& block, double width) {
    const QList<double> rows = metrics.rowHeights(block, width);
    return metrics.headHeight(block, width) + (rows.isEmpty() ? 0 : rows.first());
}

} // namespace

ReportLayout layoutSections(const QList<ReportSection>& sections, const PageGeometry& page,
                            const BlockMetrics& metrics) {
    ReportLayout layout;
    const QRectF body = page.body();
    const double width = body.width();
    const double gap = kBlockGap * metrics.fonts().body.pointSizeF() / 9.5;
    Flow flow(layout, body);
    for (int s = 0; s < sections.size(); ++s) {
        flow.newPage(s);
        layout.sectionFirstPage.append(layout.pages.size() - 1);
        const QList<ReportBlock>& blocks = sections[s].blocks;
        for (int b = 0; b < blocks.size(); ++b) {
            const ReportBlock& block = blocks[b];
            if (block.kind == ReportBlock::Kind::PageBreak) {
                if (!flow.pageEmpty())
                    flow.newPage(s);
                continue;
            }
            const QList<double> rows = metrics.rowHeights(block, width);
            const double head = metrics.headHeight(block, width);
            // A heading moves on with the first piece of what follows it.
            double needed = firstPiece(metrics, block, width);
            if (block.kind == ReportBlock::Kind::Heading && b + 1 < blocks.size())
                needed += gap + firstPiece(metrics, blocks[b + 1], width);
            if (needed > flow.room() && !flow.pageEmpty())
                flow.newPage(s);
            qsizetype row = 0;
            while (row < rows.size()) {
                double height = head;
                qsizetype end = row;
                while (end < rows.size() && height + rows[end] <= flow.room()) {
                    height += rows[end];
                    ++end;
                }
                if (end == row) {
                    if (!flow.pageEmpty()) {
                        flow.newPage(s);
                        continue;
                    }
                    height += rows[end]; // taller than a page: drawn clipped to the body
                    ++end;
                }
                flow.place(
                    PlacedBlock{s, b, {}, static_cast<int>(row), static_cast<int>(end), row > 0},
                    height);
                row = end;
                if (row < rows.size())
                    flow.newPage(s);
            }
            flow.skip(gap);
        }
    }
    return layout;
}

} // namespace pvi::report
