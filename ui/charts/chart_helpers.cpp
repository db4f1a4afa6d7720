#include "charts/chart_helpers.h"

#include "charts/chart_palette.h"
#include "charts/zoom.h"
#include "widgets/value_format.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>

#include <cmath>

namespace pvi::charts {

QChartView* makeChartView(const QString& title, QWidget* parent) {
    auto* chart = new QChart;
    chart->setTitle(title);
    styleChart(chart);
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Axis and bar labels in the window's locale, as the tiles and tables write numbers.
    chart->setLocale(displayLocale());
    chart->setLocalizeNumbers(true);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setStyleSheet(QStringLiteral("background: transparent"));
    return view;
}

void clearChart(QChart* chart) {
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    styleChart(chart);
}

void styleChart(QChart* chart) {
    chart->setTitleFont(zoom::font(11, true));
    chart->setTitleBrush(palette::text());
    chart->legend()->setFont(zoom::font(8.5));
    chart->legend()->setLabelColor(palette::text());
}

void styleAxis(QAbstractAxis* axis) {
    axis->setTitleFont(zoom::font(8.5));
    axis->setTitleBrush(palette::mutedText());
    axis->setLabelsFont(zoom::font(8.5));
    axis->setLabelsColor(palette::mutedText());
    axis->setGridLineColor(palette::grid());
    axis->setLinePenColor(palette::grid());
}

double niceCeiling(double max) {
    if (!(max > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= max)
            return step * magnitude;
    }
    return 10 * magnitude;
}

namespace {
constexpr const char* kChartProperty = "pviChart";
} // namespace

void markAsChart(QWidget* widget) {
    widget->setProperty(kChartProperty, true);
}

QWidget* chartViewAround(QWidget* widget) {
    for (QWidget* w = widget; w; w = w->parentWidget())
        if (qobject_cast<QChartView*>(w) || w->property(kChartProperty).toBool())
            return w;
    return widget ? widget->findChild<QChartView*>() : nullptr;
}

} // namespace pvi::charts
