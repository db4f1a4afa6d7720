#include "charts/interval_chart.h"

#include "charts/chart_helpers.h"
#include "charts/chart_palette.h"
#include "charts/chart_summary.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// Half the height of an error bar's end caps, in row units.
constexpr double kCap = 0.12;

/// A "nice" step for about five ticks over `span`.
double niceStep(double span) {
    return charts::niceCeiling(span / 5.0);
}

QLineSeries* segment(QChart* chart, double x1, double y1, double x2, double y2,
                     const QColor& colour, qreal width) {
    auto* line = new QLineSeries;
    line->append(x1, y1);
    line->append(x2, y2);
    QPen pen(colour);
    pen.setWidthF(width);
    line->setPen(pen);
    chart->addSeries(line);
    return line;
}

} // namespace

IntervalChart::IntervalChart(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_view(charts::makeChartView(QString(), this)) {
    setObjectName(objectName);
    m_view->chart()->legend()->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    charts::setChartAccessibility(this, QString(), tr("No data."));
}

void IntervalChart::setValueLimits(std::optional<double> low, std::optional<double> high) {
    m_limitLow = low;
    m_limitHigh = high;
}

void IntervalChart::describe(const QString& title, const QString& axisTitle) {
    // Each estimate with its interval, in the order shown.
    QStringList estimates;
    for (const IntervalPoint& p : std::as_const(m_points))
        estimates << tr("%1: %2 (95% interval %3 to %4)")
                         .arg(p.label, charts::summaryNumber(p.estimate),
                              charts::summaryNumber(p.low), charts::summaryNumber(p.high));
    QString description =
        m_points.isEmpty()
            ? tr("No data.")
            : tr("Estimates of %1 (%2 in all): ").arg(axisTitle).arg(m_points.size()) +
                  estimates.join(u"; "_s) + u'.';
    charts::setChartAccessibility(this, title, description);
}

QStringList IntervalChart::labels() const {
    QStringList names;
    for (const IntervalPoint& p : m_points)
        names.append(p.label);
    return names;
}

void IntervalChart::setData(const QString& title, const QList<IntervalPoint>& points,
                            const QString& axisTitle, std::optional<double> referenceLine) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    chart->setTitle(title);
    m_points = points;
    describe(title, axisTitle);
    if (points.isEmpty())
        return;

    double lo = referenceLine.value_or(points.front().low);
    double hi = referenceLine.value_or(points.front().high);
    for (const IntervalPoint& p : points) {
        lo = std::min({lo, p.low, p.estimate});
        hi = std::max({hi, p.high, p.estimate});
    }
    const double pad = std::max((hi - lo) * 0.08, 1e-9);
    const double step = niceStep(hi - lo + 2 * pad);
    double axisLow = std::floor((lo - pad) / step) * step;
    double axisHigh = std::ceil((hi + pad) / step) * step;
    // Never show impossible values: negative counts, rates above 100%.
    if (lo >= 0)
        axisLow = std::max(axisLow, 0.0);
    if (m_limitLow)
        axisLow = std::max(axisLow, *m_limitLow);
    if (m_limitHigh)
        axisHigh = std::min(axisHigh, *m_limitHigh);

    auto* values = new QValueAxis;
    values->setRange(axisLow, axisHigh);
    values->setTickCount(int(std::lround((axisHigh - axisLow) / step)) + 1);
    values->setLabelFormat(step < 1 ? (step < 0.1 ? u"%.2f"_s : u"%.1f"_s) : u"%.0f"_s);
    values->setTitleText(axisTitle);
    charts::styleAxis(values);
    chart->addAxis(values, Qt::AlignBottom);

    // Row i (0 = first point) sits at y = n − 1 − i so the first point is drawn on top.
    const int n = int(points.size());
    auto* rows = new QCategoryAxis;
    rows->setRange(-0.6, n - 0.4);
    rows->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    charts::styleAxis(rows);
    rows->setGridLineVisible(false);
    rows->setLabelsColor(palette::text());
    for (int i = n - 1; i >= 0; --i)
        rows->append(points[i].label, double(n - 1 - i));
    chart->addAxis(rows, Qt::AlignLeft);

    QList<QAbstractSeries*> added;
    if (referenceLine) {
        auto* reference =
            segment(chart, *referenceLine, -0.6, *referenceLine, n - 0.4, palette::neutral(), 1.0);
        QPen dashed = reference->pen();
        dashed.setStyle(Qt::DashLine);
        reference->setPen(dashed);
        added.append(reference);
    }
    for (int i = 0; i < n; ++i) {
        const IntervalPoint& p = points[i];
        const double y = n - 1 - i;
        const QColor colour = p.colour.isValid() ? p.colour : palette::primary();
        added.append(segment(chart, p.low, y, p.high, y, colour, 2.0));
        added.append(segment(chart, p.low, y - kCap, p.low, y + kCap, colour, 2.0));
        added.append(segment(chart, p.high, y - kCap, p.high, y + kCap, colour, 2.0));
        // One marker series per row, named after it, so its colour can be told from its name.
        auto* marker = new QScatterSeries;
        marker->setName(p.label);
        marker->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        marker->setMarkerSize(11);
        marker->setBorderColor(palette::cardBackground());
        marker->setColor(colour);
        marker->append(p.estimate, y);
        chart->addSeries(marker);
        added.append(marker);
    }
    for (QAbstractSeries* series : added) {
        series->attachAxis(values);
        series->attachAxis(rows);
    }
}

} // namespace pvi
