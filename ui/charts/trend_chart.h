#pragma once

#include "charts/chart_data.h"

#include <QList>
#include <QWidget>

class QChartView;

namespace pvi {

/// Monthly revenue as bars (left axis) and orders as a line (right axis).
class TrendChart : public QWidget {
    Q_OBJECT
public:
    explicit TrendChart(QWidget* parent = nullptr);

    /// Shows these months (oldest first); the currency code labels the revenue axis.
    void setData(const QList<MonthlyPoint>& months, const QString& currency = {});
    /// Number of months shown.
    qsizetype pointCount() const { return m_points; }

private:
    /// The accessible description: revenue and orders from the first month to the last.
    void describe(const QList<MonthlyPoint>& months, const QString& currency);

    QChartView* m_view;
    qsizetype m_points = 0;
};

} // namespace pvi
