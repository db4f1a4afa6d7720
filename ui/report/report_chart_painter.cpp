#include "report/report_chart_painter.h"

#include "charts/chart_palette.h"
#include "widgets/value_format.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pvi::report {

namespace {

bool isNumber(double v) {
    return std::isfinite(v);
}

/// The smallest and largest values of the series, their intervals included, and 0.
std::pair<double, double> valueRange(const ReportChart& chart) {
    double low = 0, high = 0;
    auto take = [&](const QList<double>& values) {
        for (double v : values) {
            if (isNumber(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    };
    for (const ReportSeries& s : chart.series) {
        take(s.values);
        take(s.low);
        take(s.high);
    }
    if (high == low)
        high = low + 1;
    return {low, high};
}

/// The title line and, with more than one series, the legend below it; returns the room left.
QRectF paintTitleAndLegend(QPainter& painter, const QRectF& rect, const ReportChart& chart,
                           const ReportFonts& fonts) {
    QFont titleFont = fonts.body;
    titleFont.setBold(true);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    painter.setFont(titleFont);
    painter.setPen(palette::text());
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    double top = rect.top() + titleMetrics.height() + 4;
    if (chart.series.size() > 1) {
        painter.setFont(fonts.small);
        const QFontMetricsF metrics(fonts.small, painter.device());
        double x = rect.left();
        const double box = metrics.height() * 0.7;
        for (const ReportSeries& s : chart.series) {
            painter.fillRect(QRectF(x, top + (metrics.height() - box) / 2, box, box), s.colour);
            x += box + 4;
            painter.setPen(palette::text());
            const double w = metrics.horizontalAdvance(s.name);
            painter.drawText(QRectF(x, top, w + 2, metrics.height()), Qt::AlignLeft, s.name);
            x += w + 14;
        }
        top += metrics.height() + 4;
    }
    return QRectF(rect.left(), top, rect.width(), rect.bottom() - top);
}

void paintBars(QPainter& painter, const QRectF& area, const ReportChart& chart,
               const ReportFonts& fonts) {
    const QFontMetricsF metrics(fonts.small, painter.device());
    painter.setFont(fonts.small);
    double labelWidth = 0;
    for (const QString& c : chart.categories)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(c));
    labelWidth = std::min(labelWidth + 6, area.width() * 0.35);
    const double axisRoom = metrics.height() * (chart.valueTitle.isEmpty() ? 1.4 : 2.6);
    auto [low, high] = valueRange(chart);
    const QList<double> ticks = niceTicks(low, high, 5);
    low = std::min(low, ticks.first());
    high = std::max(high, ticks.last());
    // Room on the right for half of the last tick's label, which is centred on the plot's edge.
    const double lastLabel = metrics.horizontalAdvance(axisText(
        ticks.last(), chart.format, chart.currency, ticks.size() > 1 ? ticks[1] - ticks[0] : 1));
    const QRectF plot(area.left() + labelWidth, area.top(),
                      area.width() - labelWidth - std::max(8.0, lastLabel / 2 + 3),
                      area.height() - axisRoom);
    auto x = [&](double v) { return plot.left() + (v - low) / (high - low) * plot.width(); };
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1;

    // Grid and value axis.
    for (double t : ticks) {
        painter.setPen(QPen(t == 0 ? palette::neutral() : palette::grid(), 0.6));
        painter.drawLine(QPointF(x(t), plot.top()), QPointF(x(t), plot.bottom()));
        painter.setPen(palette::mutedText());
        const QString text = axisText(t, chart.format, chart.currency, step);
        const double w = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(x(t) - w / 2 - 2, plot.bottom() + 2, w + 4, metrics.height()),
                         Qt::AlignCenter, text);
    }
    if (!chart.valueTitle.isEmpty())
        painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() * 1.3, plot.width(),
                                metrics.height()),
                         Qt::AlignCenter, chart.valueTitle);

    const qsizetype categories = chart.categories.size();
    if (categories == 0)
        return;
    const double band = plot.height() / static_cast<double>(categories);
    const qsizetype sets = std::max<qsizetype>(1, chart.series.size());
    const double barHeight = std::min(band * 0.72 / static_cast<double>(sets), 18.0);
    for (qsizetype c = 0; c < categories; ++c) {
        const double bandTop = plot.top() + band * static_cast<double>(c);
        painter.setPen(palette::text());
        painter.drawText(QRectF(area.left(), bandTop, labelWidth - 6, band),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(chart.categories[c], Qt::ElideRight, labelWidth - 6));
        const double groupTop = bandTop + (band - barHeight * static_cast<double>(sets)) / 2;
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            const ReportSeries& series = chart.series[s];
            const double v = c < series.values.size() ? series.values[c] : NAN;
            if (!isNumber(v))
                continue;
            const double top = groupTop + barHeight * static_cast<double>(s);
            const QRectF bar = QRectF(QPointF(x(std::min(0.0, v)), top + 1),
                                      QPointF(x(std::max(0.0, v)), top + barHeight - 1));
            painter.fillRect(bar, c < series.colours.size() ? series.colours[c] : series.colour);
            const double lo = c < series.low.size() ? series.low[c] : NAN;
            const double hi = c < series.high.size() ? series.high[c] : NAN;
            if (isNumber(lo) && isNumber(hi)) {
                const double mid = top + barHeight / 2;
                painter.setPen(QPen(palette::text(), 0.8));
                painter.drawLine(QPointF(x(lo), mid), QPointF(x(hi), mid));
                painter.drawLine(QPointF(x(lo), mid - 2.5), QPointF(x(lo), mid + 2.5));
                painter.drawLine(QPointF(x(hi), mid - 2.5), QPointF(x(hi), mid + 2.5));
            }
        }
    }
}

void paintLines(QPainter& painter, const QRectF& area, const ReportChart& chart,
                const ReportFonts& fonts) {
    const QFontMetricsF metrics(fonts.small, painter.device());
    painter.setFont(fonts.small);
    auto [low, high] = valueRange(chart);
    const QList<double> ticks = niceTicks(low, high, 5);
    low = std::min(low, ticks.first());
    high = std::max(high, ticks.last());
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1;
    double tickWidth = 0;
    for (double t : ticks)
        tickWidth = std::max(
            tickWidth, metrics.horizontalAdvance(axisText(t, chart.format, chart.currency, step)));
    const double titleRoom = chart.valueTitle.isEmpty() ? 0 : metrics.height() + 2;
    const QRectF plot(area.left() + titleRoom + tickWidth + 6, area.top() + metrics.height() / 2,
                      area.width() - titleRoom - tickWidth - 14,
                      area.height() - metrics.height() * 1.9);
    auto y = [&](double v) { return plot.bottom() - (v - low) / (high - low) * plot.height(); };
    for (double t : ticks) {
        painter.setPen(QPen(t == 0 ? palette::neutral() : palette::grid(), 0.6));
        painter.drawLine(QPointF(plot.left(), y(t)), QPointF(plot.right(), y(t)));
        painter.setPen(palette::mutedText());
        painter.drawText(QRectF(plot.left() - tickWidth - 6, y(t) - metrics.height() / 2,
                                tickWidth + 2, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         axisText(t, chart.format, chart.currency, step));
    }
    if (!chart.valueTitle.isEmpty()) {
        painter.save();
        painter.translate(area.left(), plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
                         Qt::AlignCenter, chart.valueTitle);
        painter.restore();
    }
    const qsizetype n = chart.categories.size();
    if (n == 0)
        return;
    const double slot = plot.width() / static_cast<double>(n);
    auto x = [&](qsizetype i) { return plot.left() + slot * (static_cast<double>(i) + 0.5); };
    double widest = 0;
    for (const QString& c : chart.categories)
        widest = std::max(widest, metrics.horizontalAdvance(c));
    const qsizetype every =
        std::max<qsizetype>(1, static_cast<qsizetype>(std::ceil((widest + 6) / slot)));
    painter.setPen(palette::mutedText());
    for (qsizetype i = 0; i < n; i += every)
        painter.drawText(
            QRectF(x(i) - slot * every / 2, plot.bottom() + 3, slot * every, metrics.height()),
            Qt::AlignCenter, chart.categories[i]);
    for (const ReportSeries& series : chart.series) {
        QPainterPath path;
        bool drawing = false;
        for (qsizetype i = 0; i < n && i < series.values.size(); ++i) {
            const double v = series.values[i];
            if (!isNumber(v)) {
                drawing = false;
                continue;
            }
            const QPointF p(x(i), y(v));
            if (drawing)
                path.lineTo(p);
            else
                path.moveTo(p);
            drawing = true;
        }
        painter.setPen(QPen(series.colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setBrush(series.colour);
        painter.setPen(Qt::NoPen);
        for (qsizetype i = 0; i < n && i < series.values.size(); ++i) {
            if (isNumber(series.values[i]))
                painter.drawEllipse(QPointF(x(i), y(series.values[i])), 1.9, 1.9);
        }
        painter.setBrush(Qt::NoBrush);
    }
}

} // namespace

QList<double> niceTicks(double low, double high, int count) {
    const double span = std::max(high - low, 1e-9);
    const double raw = span / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    QList<double> ticks;
    for (double t = std::floor(low / step) * step; t <= high + step * 0.999; t += step) {
        ticks.append(std::abs(t) < step * 1e-9 ? 0.0 : t);
        if (t >= high)
            break;
    }
    return ticks;
}

QString axisText(double value, AxisFormat format, const QString& currency, double step) {
    // As many decimals as the step has (0.25 needs two), at most three.
    int decimals = 0;
    while (decimals < 3 && std::abs(step * std::pow(10.0, decimals) -
                                    std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    const QString number = displayLocale().toString(std::abs(value), 'f', decimals);
    const QString sign = value < 0 ? QStringLiteral("−") : QString();
    switch (format) {
    case AxisFormat::Percent:
        return sign + withPercentSign(number);
    case AxisFormat::Money:
        return sign + withCurrency(number, currency);
    case AxisFormat::Number:
        break;
    }
    return sign + number;
}

void paintChart(QPainter& painter, const QRectF& rect, const ReportChart& chart,
                const ReportFonts& fonts) {
    painter.save();
    painter.setClipRect(rect);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = paintTitleAndLegend(painter, rect, chart, fonts);
    if (chart.kind == ReportChart::Kind::Bars)
        paintBars(painter, area, chart, fonts);
    else
        paintLines(painter, area, chart, fonts);
    painter.restore();
}

} // namespace pvi::report
