#include "report/report_painter.h"

#include "charts/chart_palette.h"
#include "report/report_chart_painter.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace pvi::report {

namespace {

QColor toneColour(int tone) {
    return tone > 0 ? palette::good() : tone < 0 ? palette::bad() : palette::mutedText();
}

void paintTile(QPainter& painter, const QRectF& box, const ReportTile& tile,
               const ReportFonts& fonts, double scale) {
    painter.setPen(QPen(palette::grid(), 0.8));
    painter.setBrush(palette::cardBackground());
    painter.drawRoundedRect(box, 4, 4);
    painter.setBrush(Qt::NoBrush);
    const double pad = 8 * scale;
    const bool wide = !tile.verdict.isEmpty();
    const QRectF inner = box.adjusted(pad, pad * 0.8, -pad, -pad * 0.8);
    const QRectF left = wide ? QRectF(inner.left(), inner.top(),
                                      inner.width() * (1 - kVerdictShare) - pad, inner.height())
                             : inner;
    const QFontMetricsF titleMetrics(fonts.tileTitle, painter.device());
    const QFontMetricsF valueMetrics(fonts.tileValue, painter.device());
    const QFontMetricsF smallMetrics(fonts.small, painter.device());
    double y = left.top();
    painter.setFont(fonts.tileTitle);
    painter.setPen(palette::mutedText());
    painter.drawText(QRectF(left.left(), y, left.width(), titleMetrics.height()), Qt::AlignLeft,
                     titleMetrics.elidedText(tile.title, Qt::ElideRight, left.width()));
    y += titleMetrics.height() + 2;
    painter.setFont(fonts.tileValue);
    painter.setPen(palette::text());
    painter.drawText(QRectF(left.left(), y, left.width(), valueMetrics.height()), Qt::AlignLeft,
                     valueMetrics.elidedText(tile.value, Qt::ElideRight, left.width()));
    y += valueMetrics.height() + 1;
    painter.setFont(fonts.small);
    if (!tile.change.isEmpty()) {
        painter.setPen(toneColour(tile.changeTone));
        painter.drawText(QRectF(left.left(), y, left.width(), smallMetrics.height()), Qt::AlignLeft,
                         smallMetrics.elidedText(tile.change, Qt::ElideRight, left.width()));
        y += smallMetrics.height();
    }
    if (!tile.lift.isEmpty()) {
        painter.setPen(palette::audience(palette::Audience::Personalized));
        painter.drawText(QRectF(left.left(), y, left.width(), box.bottom() - y), Qt::TextWordWrap,
                         tile.lift);
    }
    if (wide) {
        painter.setFont(fonts.body);
        painter.setPen(palette::text());
        const QRectF right(inner.right() - inner.width() * kVerdictShare, inner.top(),
                           inner.width() * kVerdictShare, inner.height());
        painter.drawText(right, Qt::TextWordWrap | Qt::AlignVCenter, tile.verdict);
    }
}

void paintTiles(QPainter& painter, const ReportBlock& block, const PlacedBlock& placed,
                const BlockMetrics& metrics) {
    const double width = placed.rect.width();
    const int perRow = metrics.tilesPerRow(block, width);
    const QList<double> rows = metrics.rowHeights(block, width);
    const double scale = metrics.fonts().body.pointSizeF() / 9.5;
    const double gap = 6 * scale;
    const double tileWidth = (width - gap * (perRow - 1)) / perRow;
    double y = placed.rect.top();
    for (int row = placed.from; row < placed.to; ++row) {
        for (int i = 0; i < perRow; ++i) {
            const qsizetype index = static_cast<qsizetype>(row) * perRow + i;
            if (index >= block.tiles.size())
                break;
            const QRectF box(placed.rect.left() + i * (tileWidth + gap), y, tileWidth,
                             rows[row] - gap);
            paintTile(painter, box, block.tiles[index], metrics.fonts(), scale);
        }
        y += rows[row];
    }
}

void paintTableRow(QPainter& painter, const QList<double>& widths, const ReportTable& table,
                   const QStringList& cells, const QRectF& rect, const QFont& font, double scale) {
    painter.setFont(font);
    double x = rect.left();
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const bool numeric = c < table.numeric.size() && table.numeric[c];
        const QRectF cell = QRectF(x, rect.top(), widths[c], rect.height())
                                .adjusted(kCellPadX * scale, kCellPadY * scale, -kCellPadX * scale,
                                          -kCellPadY * scale);
        if (c < cells.size())
            painter.drawText(cell, Qt::TextWordWrap | (numeric ? Qt::AlignRight : Qt::AlignLeft),
                             cells[c]);
        x += widths[c];
    }
}

void paintTable(QPainter& painter, const ReportBlock& block, const PlacedBlock& placed,
                const BlockMetrics& metrics) {
    const ReportTable& table = block.table;
    const double width = placed.rect.width();
    const double scale = metrics.fonts().body.pointSizeF() / 9.5;
    const QList<double> rows = metrics.rowHeights(block, width);
    const double head = metrics.headHeight(block, width);
    QFont bold = metrics.fonts().small;
    bold.setBold(true);
    const QList<double> widths = metrics.columnWidths(table, width);
    double y = placed.rect.top();
    painter.fillRect(QRectF(placed.rect.left(), y, width, head), palette::windowBackground());
    painter.setPen(palette::text());
    paintTableRow(painter, widths, table, table.header, QRectF(placed.rect.left(), y, width, head),
                  bold, scale);
    y += head;
    painter.setPen(QPen(palette::neutral(), 0.8));
    painter.drawLine(QPointF(placed.rect.left(), y), QPointF(placed.rect.right(), y));
    for (int r = placed.from; r < placed.to; ++r) {
        painter.setPen(palette::text());
        paintTableRow(painter, widths, table, table.rows[r],
                      QRectF(placed.rect.left(), y, width, rows[r]), metrics.fonts().small, scale);
        y += rows[r];
        painter.setPen(QPen(palette::grid(), 0.5));
        painter.drawLine(QPointF(placed.rect.left(), y), QPointF(placed.rect.right(), y));
    }
}

void paintNote(QPainter& painter, const ReportBlock& block, const QRectF& rect,
               const ReportFonts& fonts, double scale) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xfd, 0xf6, 0xe3));
    painter.drawRect(rect.adjusted(0, 0, 0, -4 * scale));
    painter.fillRect(QRectF(rect.left(), rect.top(), 3 * scale, rect.height() - 4 * scale),
                     palette::neutral());
    painter.setBrush(Qt::NoBrush);
    const QRectF inner = rect.adjusted(10 * scale, 4 * scale, -10 * scale, -4 * scale);
    QFont label = fonts.small;
    label.setBold(true);
    const QFontMetricsF labelMetrics(label, painter.device());
    painter.setFont(label);
    painter.setPen(palette::mutedText());
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("Consultant's note"));
    painter.setFont(fonts.body);
    painter.setPen(palette::text());
    painter.drawText(inner.adjusted(0, labelMetrics.height() + 2, 0, 0), Qt::TextWordWrap,
                     block.text);
}

/// Draws a logo file (PNG, JPEG or SVG) inside `box`, keeping its proportions; returns the width
/// used. Bitmaps keep their pixels (no JPEG re-encoding: the painter renders them lossless).
double paintLogo(QPainter& painter, const QString& file, const QRectF& box) {
    if (file.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgRenderer svg(file);
        if (!svg.isValid())
            return 0;
        QSizeF size = svg.defaultSize();
        size.scale(box.size(), Qt::KeepAspectRatio);
        svg.render(&painter, QRectF(box.topLeft(), size));
        return size.width();
    }
    QImageReader reader(file);
    const QImage image = reader.read();
    if (image.isNull())
        return 0;
    QSizeF size = image.size();
    size.scale(box.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRectF(box.topLeft(), size), image);
    return size.width();
}

} // namespace

void paintBlock(QPainter& painter, const ReportBlock& block, const PlacedBlock& placed,
                const BlockMetrics& metrics) {
    const ReportFonts& fonts = metrics.fonts();
    const double scale = fonts.body.pointSizeF() / 9.5;
    painter.save();
    painter.setClipRect(placed.rect.adjusted(-1, -1, 1, 1));
    switch (block.kind) {
    case ReportBlock::Kind::Heading:
        painter.setFont(block.level == 1 ? fonts.heading1 : fonts.heading2);
        painter.setPen(block.level == 1 ? palette::primary() : palette::text());
        painter.drawText(placed.rect, Qt::TextWordWrap | Qt::AlignTop, block.text);
        if (block.level == 1) {
            painter.setPen(QPen(palette::grid(), 1));
            painter.drawLine(placed.rect.bottomLeft() - QPointF(0, 2 * scale),
                             placed.rect.bottomRight() - QPointF(0, 2 * scale));
        }
        break;
    case ReportBlock::Kind::Paragraph:
        painter.setFont(fonts.body);
        painter.setPen(palette::text());
        painter.drawText(placed.rect, Qt::TextWordWrap, block.text);
        break;
    case ReportBlock::Kind::Footnote:
        painter.setFont(fonts.small);
        painter.setPen(palette::mutedText());
        painter.drawText(placed.rect, Qt::TextWordWrap, block.text);
        break;
    case ReportBlock::Kind::Note:
        paintNote(painter, block, placed.rect, fonts, scale);
        break;
    case ReportBlock::Kind::Tiles:
        paintTiles(painter, block, placed, metrics);
        break;
    case ReportBlock::Kind::Chart:
        paintChart(painter, placed.rect, block.chart, fonts);
        break;
    case ReportBlock::Kind::Table:
        paintTable(painter, block, placed, metrics);
        break;
    case ReportBlock::Kind::PageBreak:
        break;
    }
    painter.restore();
}

void paintCover(QPainter& painter, const PageGeometry& page, const ReportCover& cover,
                const ReportFonts& fonts) {
    const QRectF body(page.margins.left(), page.margins.top(),
                      page.size.width() - page.margins.left() - page.margins.right(),
                      page.size.height() - page.margins.top() - page.margins.bottom());
    painter.fillRect(QRectF(0, 0, page.size.width(), 8), palette::primary());
    double x = body.left();
    for (const QString& logo : cover.logoFiles)
        x += paintLogo(painter, logo, QRectF(x, body.top(), 160, 60)) + 24;
    const BlockMetrics metrics(fonts);
    double y = body.top() + body.height() * 0.22;
    auto line = [&](const QFont& font, const QColor& colour, const QString& text, double after) {
        if (text.isEmpty())
            return;
        const double h = metrics.textHeight(font, text, body.width());
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(QRectF(body.left(), y, body.width(), h), Qt::TextWordWrap, text);
        y += h + after;
    };
    line(fonts.title, palette::primary(), cover.title, 14);
    if (!cover.client.isEmpty())
        line(fonts.heading1, palette::text(), QStringLiteral("Prepared for %1").arg(cover.client),
             4);
    if (!cover.consultant.isEmpty())
        line(fonts.heading2, palette::mutedText(), QStringLiteral("by %1").arg(cover.consultant),
             4);
    y += 20;
    line(fonts.heading2, palette::text(), cover.period, 2);
    line(fonts.body, palette::mutedText(), cover.comparison, 24);
    QFont label = fonts.body;
    label.setBold(true);
    if (!cover.sources.isEmpty()) {
        line(label, palette::text(), QStringLiteral("Data sources"), 3);
        for (const QString& source : cover.sources)
            line(fonts.small, palette::text(), source, 2);
    }
    painter.setFont(fonts.small);
    painter.setPen(palette::mutedText());
    painter.drawText(QRectF(body.left(), body.bottom() - 20, body.width(), 20),
                     Qt::AlignLeft | Qt::AlignBottom,
                     cover.madeOn + QStringLiteral(" with PVI Studio"));
}

void paintContents(QPainter& painter, const PageGeometry& page,
                   const QList<ReportSection>& sections, const QList<int>& pageNumbers,
                   const ReportFonts& fonts) {
    const QRectF body = page.body();
    const BlockMetrics metrics(fonts);
    painter.setFont(fonts.heading1);
    painter.setPen(palette::primary());
    const double headingHeight =
        metrics.textHeight(fonts.heading1, QStringLiteral("Contents"), body.width());
    painter.drawText(QRectF(body.left(), body.top(), body.width(), headingHeight), Qt::AlignLeft,
                     QStringLiteral("Contents"));
    double y = body.top() + headingHeight + 16;
    const QFontMetricsF bodyMetrics(fonts.body, painter.device());
    painter.setFont(fonts.body);
    for (qsizetype i = 0; i < sections.size() && i < pageNumbers.size(); ++i) {
        const QRectF row(body.left(), y, body.width(), bodyMetrics.height() + 6);
        painter.setPen(palette::text());
        painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, sections[i].title);
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, QString::number(pageNumbers[i]));
        painter.setPen(QPen(palette::grid(), 0.5, Qt::DotLine));
        painter.drawLine(QPointF(body.left() + bodyMetrics.horizontalAdvance(sections[i].title) + 6,
                                 row.center().y() + 3),
                         QPointF(body.right() - 24, row.center().y() + 3));
        y += row.height();
    }
}

void paintRunning(QPainter& painter, const PageGeometry& page, const QString& header,
                  const QString& section, const QString& madeOn, int pageNumber, int pageCount,
                  const ReportFonts& fonts) {
    if (!page.running)
        return;
    const double left = page.margins.left();
    const double width = page.size.width() - page.margins.left() - page.margins.right();
    const QRectF top(left, page.margins.top() - 4, width, page.headerHeight - 6);
    const QRectF bottom(left, page.size.height() - page.margins.bottom() - page.footerHeight + 8,
                        width, page.footerHeight - 8);
    painter.setFont(fonts.small);
    painter.setPen(palette::mutedText());
    painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, header);
    painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, section);
    painter.setPen(QPen(palette::grid(), 0.6));
    painter.drawLine(top.bottomLeft(), top.bottomRight());
    painter.drawLine(bottom.topLeft(), bottom.topRight());
    painter.setPen(palette::mutedText());
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, madeOn);
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("Page %1 of %2").arg(pageNumber).arg(pageCount));
}

} // namespace pvi::report
