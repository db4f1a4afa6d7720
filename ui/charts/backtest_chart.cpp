#include "charts/backtest_chart.h"

#include "charts/chart_helpers.h"
#include "charts/chart_palette.h"
#include "charts/chart_summary.h"
#include "widgets/value_format.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

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
    charts::setChartAccessibility(this, QString(), tr("No backtest yet."));
}

void BacktestChart::setData(const QList<QPointF>& predicted, const QList<QPointF>& actual,
                            const QDate& calibrationEnd) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    m_predicted = predicted;
    m_actual = actual;
    chart->setTitle(tr("Backtest: cumulative repeat purchases in the holdout"));
    chart->legend()->setVisible(!predicted.isEmpty());
    describe(calibrationEnd);
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

void BacktestChart::describe(const QDate& calibrationEnd) {
    // The weeks of the holdout as categories; each line's cumulative count per week.
    qsizetype weeks = 0;
    for (const QPointF& p : std::as_const(m_predicted))
        weeks = std::max(weeks, qsizetype(std::llround(p.x())));
    for (const QPointF& p : std::as_const(m_actual))
        weeks = std::max(weeks, qsizetype(std::llround(p.x())));
    QStringList names;
    for (qsizetype w = 1; w <= weeks; ++w)
        names << tr("week %1").arg(w);
    const auto values = [weeks](const QList<QPointF>& points) {
        QList<double> out(weeks, std::numeric_limits<double>::quiet_NaN());
        for (const QPointF& p : points) {
            const qsizetype w = qsizetype(std::llround(p.x()));
            if (w >= 1 && w <= weeks)
                out[w - 1] = p.y();
        }
        return out;
    };
    if (weeks == 0) {
        charts::setChartAccessibility(this, m_view->chart()->title(), tr("No backtest yet."));
        return;
    }
    QList<charts::SummarySeries> lines;
    lines.append(charts::SummarySeries{tr("predicted"), values(m_predicted), {}});
    lines.append(charts::SummarySeries{tr("actual"), values(m_actual), {}});
    QString description =
        tr("Holdout after %1. ").arg(displayLocale().toString(calibrationEnd, u"d MMM yyyy"_s));
    description += charts::describeSeries(names, lines, true);
    charts::setChartAccessibility(this, m_view->chart()->title(), description);
}

} // namespace pvi
