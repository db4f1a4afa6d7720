#pragma once

#include <QString>

class QWidget;

class QChart;
class QChartView;

namespace pvi::charts {

/// A chart view styled like the rest of the app (white, no frame, no animation, antialiased),
/// with a bold title.
QChartView* makeChartView(const QString& title, QWidget* parent);

/// Removes every series and axis of the chart.
void clearChart(QChart* chart);

/// A "nice" upper bound for an axis whose largest value is `max` (1, 2, 2.5, 5 × 10^k).
double niceCeiling(double max);

} // namespace pvi::charts
