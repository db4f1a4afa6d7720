#pragma once

#include <QString>

class QWidget;

class QAbstractAxis;
class QChart;
class QChartView;

namespace pvi::charts {

/// A chart view styled like the rest of the app (on the card's colour, no frame, no animation,
/// antialiased), with a bold title.
QChartView* makeChartView(const QString& title, QWidget* parent);

/// Removes every series and axis of the chart and styles what stays (styleChart()): each chart
/// calls it before it draws its data, so a redraw follows the current theme and zoom.
void clearChart(QChart* chart);

/// The title and legend in the current theme's colours and the current zoom's type.
void styleChart(QChart* chart);

/// An axis's labels, title, line and grid in the current theme's muted colours and the current
/// zoom's type (8.5 pt at 100%).
void styleAxis(QAbstractAxis* axis);

/// A "nice" upper bound for an axis whose largest value is `max` (1, 2, 2.5, 5 × 10^k).
double niceCeiling(double max);

/// The chart view that is `widget`, holds it or is held by it (the first found); null when
/// there is none. As a plain widget, for those outside ui/charts (Edit › Copy grabs it). A
/// widget that paints a chart itself (the cohort heat map, a sparkline) counts as a chart view
/// once markAsChart() has marked it.
QWidget* chartViewAround(QWidget* widget);

/// Marks a self-painting chart widget so that it is copied and exported like a chart view.
void markAsChart(QWidget* widget);

} // namespace pvi::charts
