#include "charts/trend_chart.h"

#include "charts/chart_helpers.h"
#include "charts/chart_palette.h"
#include "charts/chart_summary.h"
#include "widgets/value_format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

TrendChart::TrendChart(QWidget* parent)
    : QWidget(parent)
    , m_view(nullptr) {
    setObjectName(u"trendChart"_s);
    m_view = charts::makeChartView(u"Revenue and orders per month"_s, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    charts::setChartAccessibility(this, m_view->chart()->title(), tr("No orders yet."));
}

void TrendChart::setData(const QList<MonthlyPoint>& months, const QString& currency) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    chart->setTitle(months.isEmpty() ? u"Revenue and orders per month — no orders yet"_s
                                     : u"Revenue and orders per month"_s);
    chart->legend()->setVisible(!months.isEmpty());
    m_points = months.size();
    describe(months, currency);
    if (months.isEmpty())
        return;

    auto* revenue =
        new QBarSet(currency.isEmpty() ? u"Net revenue"_s : u"Net revenue (%1)"_s.arg(currency));
    revenue->setColor(palette::primary());
    revenue->setBorderColor(palette::primary());
    auto* orders = new QLineSeries;
    orders->setName(u"Orders"_s);
    orders->setPen(QPen(palette::series(1), 2.2));
    auto* orderDots = new QScatterSeries;
    orderDots->setMarkerSize(6);
    orderDots->setColor(palette::series(1));
    orderDots->setBorderColor(palette::series(1));

    QStringList labels;
    double maxRevenue = 0;
    double maxOrders = 0;
    // Label every month when there is room, otherwise every other (keeping categories unique).
    const qsizetype stride = months.size() > 13 ? 2 : 1;
    // Large amounts are shown in thousands so the axis labels stay short.
    double maxAll = 0;
    for (const MonthlyPoint& point : months)
        maxAll = std::max(maxAll, point.revenue);
    const double scale = maxAll >= 10000 ? 1000 : 1;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const MonthlyPoint& point = months.at(i);
        revenue->append(point.revenue / scale);
        orders->append(double(i), double(point.orders));
        orderDots->append(double(i), double(point.orders));
        maxRevenue = std::max(maxRevenue, point.revenue / scale);
        maxOrders = std::max(maxOrders, double(point.orders));
        // Categories must be unique: month initials repeat, so zero-width spaces tell them apart.
        const bool labelled = (months.size() - 1 - i) % stride == 0;
        const QString initial = labelled ? point.month.toString(u"MMM"_s).left(1) : QString();
        labels.append(initial + QString(QChar(0x200B)).repeated(int(i) + 1));
    }
    auto* bars = new QBarSeries;
    bars->append(revenue);
    bars->setBarWidth(0.65);
    chart->addSeries(bars);
    chart->addSeries(orders);
    chart->addSeries(orderDots);

    auto* monthAxis = new QBarCategoryAxis;
    monthAxis->append(labels);
    monthAxis->setGridLineVisible(false);
    monthAxis->setLabelsColor(palette::mutedText());
    monthAxis->setTitleText(u"%1 – %2"_s.arg(months.first().month.toString(u"MMM yyyy"_s),
                                             months.last().month.toString(u"MMM yyyy"_s)));
    monthAxis->setTitleBrush(palette::mutedText());
    QFont small = monthAxis->labelsFont();
    small.setPointSizeF(8.5);
    monthAxis->setLabelsFont(small);
    monthAxis->setTitleFont(small);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    bars->attachAxis(monthAxis);
    orders->attachAxis(monthAxis);
    orderDots->attachAxis(monthAxis);

    auto* revenueAxis = new QValueAxis;
    revenueAxis->setRange(0, charts::niceCeiling(maxRevenue * 1.05));
    revenueAxis->setTickCount(6);
    revenueAxis->setLabelFormat(u"%.0f"_s);
    const QString unit = scale > 1 ? u"thousands"_s : QString();
    const QString revenueUnit = currency.isEmpty() ? unit
                                : unit.isEmpty()   ? currency
                                                   : currency + u", "_s + unit;
    revenueAxis->setTitleText(revenueUnit.isEmpty() ? u"Net revenue"_s
                                                    : u"Net revenue (%1)"_s.arg(revenueUnit));
    revenueAxis->setTitleFont(small);
    revenueAxis->setLabelsColor(palette::mutedText());
    revenueAxis->setTitleBrush(palette::primary());
    revenueAxis->setGridLineColor(palette::grid());
    revenueAxis->setLinePenColor(palette::grid());
    chart->addAxis(revenueAxis, Qt::AlignLeft);
    bars->attachAxis(revenueAxis);

    auto* ordersAxis = new QValueAxis;
    ordersAxis->setRange(0, charts::niceCeiling(maxOrders * 1.05));
    ordersAxis->setTickCount(6);
    ordersAxis->setLabelFormat(u"%.0f"_s);
    ordersAxis->setTitleText(u"Orders"_s);
    ordersAxis->setTitleFont(small);
    ordersAxis->setLabelsColor(palette::mutedText());
    ordersAxis->setTitleBrush(palette::series(1));
    ordersAxis->setGridLineVisible(false);
    ordersAxis->setLinePenColor(palette::grid());
    chart->addAxis(ordersAxis, Qt::AlignRight);
    orders->attachAxis(ordersAxis);
    orderDots->attachAxis(ordersAxis);

    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setLabelColor(palette::mutedText());
    // The dots are decoration of the orders line: keep them out of the legend.
    const auto markers = chart->legend()->markers(orderDots);
    for (auto* marker : markers)
        marker->setVisible(false);
}

void TrendChart::describe(const QList<MonthlyPoint>& months, const QString& currency) {
    QStringList names;
    charts::SummarySeries revenue{tr("net revenue"), {}, {}};
    if (!currency.isEmpty())
        revenue.write = [currency](double v) { return formatMoney(v, currency); };
    charts::SummarySeries orders{tr("orders"), {}, {}};
    for (const MonthlyPoint& point : months) {
        names << point.month.toString(u"MMM yyyy"_s);
        revenue.values << point.revenue;
        orders.values << double(point.orders);
    }
    charts::setChartAccessibility(this, m_view->chart()->title(),
                                  months.isEmpty()
                                      ? tr("No orders yet.")
                                      : charts::describeSeries(names, {revenue, orders}, true));
}

} // namespace pvi
