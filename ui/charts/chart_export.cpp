#include "charts/chart_export.h"

#include "charts/chart_palette.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace pvi::charts {

namespace {

/// Paints the view with `painter` (laid out first when it is hidden): the chart's items paint
/// themselves, so an SVG painter receives lines and text rather than a grabbed bitmap, and a
/// bitmap painter of device pixel ratio 2 draws at twice the resolution.
void renderChart(QWidget* view, QPainter& painter) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    view->QWidget::render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

} // namespace

QImage chartImage(QWidget* chartView, qreal ratio) {
    QWidget* view = chartView;
    if (!view)
        return {};
    const QSize size = view->size();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette::cardBackground());
    QPainter painter(&image);
    renderChart(view, painter);
    return image;
}

QByteArray chartSvg(QWidget* chartView, const QString& title) {
    QWidget* view = chartView;
    if (!view)
        return {};
    const QSize size = view->size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("A chart exported from PVI Studio"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRect(QPoint(0, 0), size), palette::cardBackground());
        renderChart(view, painter);
    }
    return bytes;
}

} // namespace pvi::charts
