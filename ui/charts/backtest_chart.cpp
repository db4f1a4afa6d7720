#include "charts/backtest_chart.h"

#include "charts/chart_helpers.h"
#include "charts/chart_palette.h"
#include "widgets/value_format.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QLineSeries* line(const QString& name, const QList<QPointF>& points, const QColor& colour,
                  Qt::PenStyle style) {
    auto* series = new QLineSeries;
    series->setName(name);
    series->append(QPointF(0, 0));
    series->append(points);
    QPen pen(colour);
    pen.setWidthF(2.2);
    pen.setStyle(style);
    series->setPen(pen);
    return series;
}

} // namespace

BacktestChart::BacktestChart(QWidget* parent)
    : QWidget(parent)
    , m_view(charts::makeChartView(QString(), this)) {
    setObjectName(u"backtestChart"_s);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void BacktestChart::setData(const QList<QPointF>& predicted, const QList<QPointF>& actual,
                            const QDate& calibrationEnd) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    m_predicted = predicted;
    m_actual = actual;
    chart->setTitle(tr("Backtest: cumulative repeat purchases in the holdout"));
    chart->legend()->setVisible(!predicted.isEmpty());
    if (predicted.isEmpty())
        return;
    double weeks = 1;
    double high = 1;
    for (const auto* list : {&predicted, &actual}) {
        for (const QPointF& p : *list) {
            weeks = std::max(weeks, p.x());
            high = std::max(high, p.y());
        }
    }
    const double top = charts::niceCeiling(high * 1.08);
    auto* predictedSeries = line(tr("Predicted"), predicted, palette::primary(), Qt::DashLine);
    auto* actualSeries = line(tr("Actual"), actual, palette::series(3), Qt::SolidLine);
    auto* split = new QLineSeries;
    split->setName(tr("Calibration end %1").arg(formatDay(calibrationEnd)));
    split->append(0, 0);
    split->append(0, top);
    QPen splitPen(palette::neutral());
    splitPen.setWidthF(1.5);
    splitPen.setStyle(Qt::DotLine);
    split->setPen(splitPen);

    auto* x = new QValueAxis;
    x->setRange(-weeks * 0.03, weeks);
    x->setLabelFormat(u"%.0f"_s);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(weeks > 12 ? 4 : 2);
    x->setTitleText(tr("weeks after the calibration period (holdout)"));
    auto* y = new QValueAxis;
    y->setRange(0, top);
    y->setTickCount(6);
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("repeat purchases"));
    for (QValueAxis* axis : {x, y})
        charts::styleAxis(axis);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* series : {split, predictedSeries, actualSeries}) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace pvi
