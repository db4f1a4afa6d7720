#include "charts/line_chart.h"

#include "charts/chart_helpers.h"
#include "charts/chart_palette.h"
#include "charts/chart_summary.h"
#include "charts/zoom.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// A value axis over [low, high] of the values, from 0 unless values are negative, within the
/// limits when set.
QValueAxis* valueAxis(double low, double high, const std::optional<double> limits[2],
                      const QString& title) {
    double bottom = low < 0 ? -charts::niceCeiling(-low * 1.08) : 0.0;
    double top = high > 0 ? charts::niceCeiling(high * 1.08) : 1.0;
    if (limits[0])
        bottom = *limits[0];
    if (limits[1])
        top = *limits[1];
    auto* axis = new QValueAxis;
    axis->setRange(bottom, top);
    const double span = top - bottom;
    // A short whole-number scale (CES 1–7) gets ticks on whole numbers: every one up to five
    // steps, every second one above (seven labels do not fit the height of a small chart).
    const bool wholeSteps = span >= 4 && span <= 10 && span == std::floor(span);
    const int steps = int(span) <= 5 || int(span) % 2 != 0 ? int(span) : int(span) / 2;
    axis->setTickCount(wholeSteps ? steps + 1 : bottom < 0 && top > 0 ? 5 : 6);
    axis->setLabelFormat(span >= 10 || wholeSteps ? u"%.0f"_s : span >= 1 ? u"%.1f"_s : u"%.2f"_s);
    axis->setTitleText(title);
    charts::styleAxis(axis);
    return axis;
}

} // namespace

LineChart::LineChart(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_view(charts::makeChartView(QString(), this)) {
    setObjectName(objectName);
    QLegend* legend = m_view->chart()->legend();
    legend->setAlignment(Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    charts::setChartAccessibility(this, QString(), tr("No data."));
}

void LineChart::setAxisLimits(bool rightAxis, std::optional<double> low,
                              std::optional<double> high) {
    m_limits[rightAxis ? 1 : 0][0] = low;
    m_limits[rightAxis ? 1 : 0][1] = high;
}

void LineChart::setData(const QString& title, const QStringList& categories,
                        const QList<LineSeriesData>& series, const QString& leftTitle,
                        const QString& rightTitle) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    m_categoryAxis = nullptr;
    chart->setTitle(title);
    m_categories = categories;
    m_series = series;
    QList<charts::SummarySeries> described;
    for (const LineSeriesData& s : series)
        described.append(
            {s.name.isEmpty() ? (s.rightAxis ? rightTitle : leftTitle) : s.name, s.values, {}});
    charts::setChartAccessibility(this, title, charts::describeSeries(categories, described, true));
    chart->legend()->setVisible(series.size() > 1);
    if (categories.isEmpty() || series.isEmpty())
        return;

    double low[2] = {0, 0};
    double high[2] = {0, 0};
    bool usesRight = false;
    for (const LineSeriesData& s : series) {
        const int side = s.rightAxis ? 1 : 0;
        usesRight = usesRight || s.rightAxis;
        for (double v : s.values) {
            if (!std::isfinite(v))
                continue;
            low[side] = std::min(low[side], v);
            high[side] = std::max(high[side], v);
        }
    }

    const int n = int(categories.size());
    auto* x = new QCategoryAxis;
    m_categoryAxis = x;
    x->setRange(-0.5, n - 0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    charts::styleAxis(x);
    x->setGridLineVisible(false);
    x->setLabelsColor(palette::text());
    x->setLabelsFont(zoom::font(8));
    labelCategories();
    chart->addAxis(x, Qt::AlignBottom);

    QValueAxis* left = valueAxis(low[0], high[0], m_limits[0], leftTitle);
    chart->addAxis(left, Qt::AlignLeft);
    QValueAxis* right = nullptr;
    if (usesRight) {
        right = valueAxis(low[1], high[1], m_limits[1], rightTitle);
        right->setGridLineVisible(false);
        chart->addAxis(right, Qt::AlignRight);
    }

    for (int i = 0; i < series.size(); ++i) {
        const LineSeriesData& s = series[i];
        auto* line = new QLineSeries;
        line->setName(s.name);
        for (int k = 0; k < std::min(n, int(s.values.size())); ++k) {
            if (std::isfinite(s.values[k]))
                line->append(double(k), s.values[k]);
        }
        QPen pen(s.colour.isValid() ? s.colour : palette::series(i));
        pen.setWidthF(2.2);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(7);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(s.rightAxis && right ? right : left);
    }
}

void LineChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    labelCategories();
}

void LineChart::labelCategories() {
    if (m_categoryAxis == nullptr || m_categories.isEmpty())
        return;
    // Qt Charts gives each label the axis width divided by the number of labels and elides what
    // is wider, so fewer labels get more room: the smallest step that lets the widest fit. The
    // plot is the widget less the value axes; before the first layout assume a third of a page.
    const QFontMetrics metrics(m_categoryAxis->labelsFont());
    int widest = 0;
    for (const QString& c : std::as_const(m_categories))
        widest = std::max(widest, metrics.horizontalAdvance(c));
    const int plot = (width() > 100 ? width() : zoom::px(380)) - zoom::px(110);
    const int n = int(m_categories.size());
    int step = 1;
    while (step < n && double(plot) / double((n + step - 1) / step) < widest + 12)
        ++step;
    for (const QString& label : m_categoryAxis->categoriesLabels())
        m_categoryAxis->remove(label);
    for (int i = 0; i < n; i += step)
        m_categoryAxis->append(m_categories[i], double(i));
}

} // namespace pvi
