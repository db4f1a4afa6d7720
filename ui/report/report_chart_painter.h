#pragma once
// A report chart drawn with QPainter: lines, rectangles and text only, so that on a PDF page it
// stays a vector drawing with selectable, searchable labels (never a grabbed bitmap).

#include "report/report_document.h"
#include "report/report_style.h"

#include <QRectF>

class QPainter;

namespace pvi::report {

/// Draws `chart` (title, legend, axes, bars or lines) inside `rect`.
void paintChart(QPainter& painter, const QRectF& rect, const ReportChart& chart,
                const ReportFonts& fonts);

/// "12%", "CA$1,200", "3.5": a value as the value axis writes it, with as many decimals as
/// `step` (the distance between ticks) needs.
QString axisText(double value, AxisFormat format, const QString& currency, double step);

/// Evenly spaced round tick values covering [low, high] (at most about `count` + 1 of them).
QList<double> niceTicks(double low, double high, int count);

} // namespace pvi::report
