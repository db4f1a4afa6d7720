#pragma once
// A chart view as a picture: a bitmap at any device pixel ratio, or SVG with real text.

#include <QByteArray>
#include <QImage>

class QWidget;

namespace pvi::charts {

/// The chart of `chartView` (a view found by chartViewAround(): a chart view or a self-painting
/// chart) drawn on white at `ratio` times its size in pixels, the device pixel ratio set to
/// `ratio`: 2 for a sharp picture in a document.
QImage chartImage(QWidget* chartView, qreal ratio);

/// The chart of `chartView` as an SVG document of its size: shapes and text, not a bitmap, so the
/// axis labels can be searched and the picture scales. `title` names the document.
QByteArray chartSvg(QWidget* chartView, const QString& title);

} // namespace pvi::charts
