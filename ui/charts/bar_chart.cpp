#include "charts/bar_chart.h"

#include "charts/chart_helpers.h"
#include "charts/chart_palette.h"
#include "charts/chart_summary.h"
#include "charts/zoom.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

BarChart::BarChart(const QString& objectName, QWidget* parent)
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

void BarChart::setData(const QString& title, const QStringList& categories,
                       const QList<BarSetData>& sets, const QString& valueTitle,
                       const QString& valueFormat) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    m_categoryAxis = nullptr;
    chart->setTitle(title);
    m_categories = categories;
    m_sets = sets;
    QList<charts::SummarySeries> described;
    for (const BarSetData& set : sets)
        described.append({set.name.isEmpty() ? valueTitle : set.name, set.values, {}});
    charts::setChartAccessibility(this, title,
                                  charts::describeSeries(categories, described, false));
    chart->legend()->setVisible(sets.size() > 1);
    if (categories.isEmpty() || sets.isEmpty())
        return;

    const bool horizontal = m_orientation == Qt::Horizontal;
    QAbstractBarSeries* series = nullptr;
    if (horizontal)
        series = new QHorizontalBarSeries;
    else
        series = new QBarSeries;
    double low = 0;
    double high = 0;
    for (int i = 0; i < sets.size(); ++i) {
        auto* set = new QBarSet(sets[i].name);
        const QColor colour = sets[i].colour.isValid() ? sets[i].colour : palette::series(i);
        set->setColor(colour);
        set->setBorderColor(colour);
        QList<double> shown = sets[i].values;
        if (horizontal) // Qt draws the first category at the bottom; read top-down instead
            std::reverse(shown.begin(), shown.end());
        for (double v : shown) {
            set->append(v);
            low = std::min(low, v);
            high = std::max(high, v);
        }
        series->append(set);
    }
    series->setBarWidth(sets.size() > 1 ? 0.85 : 0.7);
    chart->addSeries(series);

    m_categoryAxis = new QBarCategoryAxis;
    QStringList names = categories;
    if (horizontal)
        std::reverse(names.begin(), names.end());
    m_categoryAxis->append(names);
    charts::styleAxis(m_categoryAxis);
    m_categoryAxis->setGridLineVisible(false);
    m_categoryAxis->setLabelsColor(palette::text());
    m_categoryAxis->setLabelsFont(zoom::font(8));
    chart->addAxis(m_categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(m_categoryAxis);
    fitCategoryLabels();

    auto* values = new QValueAxis;
    // About five round intervals from 0 (a churn of 96% ends the axis at 125%, not 200%); with
    // negative bars too, the same round step on both sides of 0, so every tick is round.
    constexpr int kIntervals = 5;
    const double step =
        charts::niceCeiling((std::max(high, 0.0) - std::min(low, 0.0)) * 1.05 / kIntervals);
    const double top = high > 0 ? step * std::ceil(high * 1.05 / step) : 0.0;
    const double bottom = low < 0 ? -step * std::ceil(-low * 1.05 / step) : 0.0;
    values->setRange(bottom, top);
    values->setTickCount(int(std::lround((top - bottom) / step)) + 1);
    values->setLabelFormat(valueFormat);
    values->setTitleText(valueTitle);
    charts::styleAxis(values);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
}

void BarChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitCategoryLabels();
}

void BarChart::fitCategoryLabels() {
    if (m_categoryAxis == nullptr || m_orientation == Qt::Horizontal || m_categories.isEmpty())
        return;
    const QFontMetrics metrics(m_categoryAxis->labelsFont());
    int widest = 0;
    for (const QString& c : std::as_const(m_categories))
        widest = std::max(widest, metrics.horizontalAdvance(c));
    // The plot is the chart's width less the value axis and margins; before the first layout
    // the widget has no size yet, so assume the width of a half-page card.
    const int width = this->width() > 100 ? this->width() : zoom::px(520);
    const double room = double(width - zoom::px(90)) / double(m_categories.size());
    m_categoryAxis->setLabelsAngle(widest + 6 > room ? -90 : 0);
}

} // namespace pvi
