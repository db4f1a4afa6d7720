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
    m_view = charts::makeChartView(tr("Revenue and orders per month"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    charts::setChartAccessibility(this, m_view->chart()->title(), tr("No orders yet."));
}

void TrendChart::setData(const QList<MonthlyPoint>& months, const QString& currency) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    chart->setTitle(months.isEmpty() ? tr("Revenue and orders per month — no orders yet")
                                     : tr("Revenue and orders per month"));
    chart->legend()->setVisible(!months.isEmpty());
    m_points = months.size();
    describe(months, currency);
    if (months.isEmpty())
        return;

    auto* revenue =
        new QBarSet(currency.isEmpty() ? tr("Net revenue") : tr("Net revenue (%1)").arg(currency));
    revenue->setColor(palette::primary());
    revenue->setBorderColor(palette::primary());
    auto* orders = new QLineSeries;
    orders->setName(tr("Orders"));
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
        const QString initial =
            labelled ? displayLocale().toString(point.month, u"MMM"_s).left(1) : QString();
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
    charts::styleAxis(monthAxis);
    monthAxis->setGridLineVisible(false);
    monthAxis->setTitleText(
        u"%1 – %2"_s.arg(displayLocale().toString(months.first().month, u"MMM yyyy"_s),
                         displayLocale().toString(months.last().month, u"MMM yyyy"_s)));
    chart->addAxis(monthAxis, Qt::AlignBottom);
    bars->attachAxis(monthAxis);
    orders->attachAxis(monthAxis);
    orderDots->attachAxis(monthAxis);

    auto* revenueAxis = new QValueAxis;
    revenueAxis->setRange(0, charts::niceCeiling(maxRevenue * 1.05));
    revenueAxis->setTickCount(6);
    revenueAxis->setLabelFormat(u"%.0f"_s);
    const QString unit = scale > 1 ? tr("thousands") : QString();
    const QString revenueUnit = currency.isEmpty() ? unit
                                : unit.isEmpty()
                                    ? currency
                                    : tr("%1, %2", "currency, thousands").arg(currency, unit);
    revenueAxis->setTitleText(revenueUnit.isEmpty() ? tr("Net revenue")
                                                    : tr("Net revenue (%1)").arg(revenueUnit));
    charts::styleAxis(revenueAxis);
    revenueAxis->setTitleBrush(palette::primary());
    chart->addAxis(revenueAxis, Qt::AlignLeft);
    bars->attachAxis(revenueAxis);

    auto* ordersAxis = new QValueAxis;
    ordersAxis->setRange(0, charts::niceCeiling(maxOrders * 1.05));
    ordersAxis->setTickCount(6);
    ordersAxis->setLabelFormat(u"%.0f"_s);
    ordersAxis->setTitleText(tr("Orders"));
    charts::styleAxis(ordersAxis);
    ordersAxis->setTitleBrush(palette::series(1));
    ordersAxis->setGridLineVisible(false);
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
        names << displayLocale().toString(point.month, u"MMM yyyy"_s);
        revenue.values << point.revenue;
        orders.values << double(point.orders);
    }
    charts::setChartAccessibility(this, m_view->chart()->title(),
                                  months.isEmpty()
                                      ? tr("No orders yet.")
                                      : charts::describeSeries(names, {revenue, orders}, true));
}

} // namespace pvi
