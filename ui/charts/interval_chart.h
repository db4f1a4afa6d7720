#pragma once

#include "charts/interval_point.h"

#include <QList>
#include <QWidget>

#include <optional>

class QChartView;

namespace pvi {

/// Estimates with their 95% intervals as points with horizontal error bars, one row per
/// estimate (first on top), labelled on the left; an optional vertical reference line (0% for
/// lifts: a forest plot). Each row is drawn in its point's colour; its marker is a series named
/// after the row.
class IntervalChart : public QWidget {
    Q_OBJECT
public:
    explicit IntervalChart(const QString& objectName, QWidget* parent = nullptr);

    /// Shows the points; `axisTitle` names the values (e.g. "conversion rate, %").
    void setData(const QString& title, const QList<IntervalPoint>& points, const QString& axisTitle,
                 std::optional<double> referenceLine = std::nullopt);
    /// Keeps the value axis within [low, high] (e.g. 0–100 for rates in percent).
    void setValueLimits(std::optional<double> low, std::optional<double> high);
    /// The points shown, in order.
    const QList<IntervalPoint>& points() const { return m_points; }
    /// The labels on the category axis, top to bottom.
    QStringList labels() const;

private:
    /// The accessible description: every estimate with its interval.
    void describe(const QString& title, const QString& axisTitle);

    QChartView* m_view;
    QList<IntervalPoint> m_points;
    std::optional<double> m_limitLow;
    std::optional<double> m_limitHigh;
};

} // namespace pvi
