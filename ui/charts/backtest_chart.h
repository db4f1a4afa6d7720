#pragma once

#include <QDate>
#include <QList>
#include <QPointF>
#include <QWidget>

class QChartView;

namespace pvi {

/// Predicted vs actual cumulative repeat purchases per holdout week of a lifetime-value
/// backtest. Week 0 is the end of the calibration period, marked by a vertical line.
class BacktestChart : public QWidget {
    Q_OBJECT
public:
    explicit BacktestChart(QWidget* parent = nullptr);

    /// `predicted` and `actual` hold (week, cumulative purchases) from week 1 on.
    void setData(const QList<QPointF>& predicted, const QList<QPointF>& actual,
                 const QDate& calibrationEnd);
    const QList<QPointF>& predicted() const { return m_predicted; }
    const QList<QPointF>& actual() const { return m_actual; }

private:
    /// The accessible description: predicted and actual purchases over the holdout weeks.
    void describe(const QDate& calibrationEnd);

    QChartView* m_view;
    QList<QPointF> m_predicted;
    QList<QPointF> m_actual;
};

} // namespace pvi
