#include "charts/sparkline.h"

#include "charts/chart_palette.h"
#include "charts/zoom.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pvi {

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(60, 24);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void Sparkline::setValues(const QList<double>& values) {
    m_values = values;
    update();
}

void Sparkline::setColor(const QColor& color) {
    m_color = color;
    update();
}

void Sparkline::paintEvent(QPaintEvent*) {
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    int finite = 0;
    for (double v : m_values) {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
            ++finite;
        }
    }
    if (finite < 2)
        return;
    if (high - low < 1e-12) {
        low -= 1;
        high += 1;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const auto count = m_values.size();
    const auto pointAt = [&](qsizetype i) {
        const double x = area.left() + area.width() * double(i) / double(count - 1);
        const double y = area.bottom() - area.height() * (m_values.at(i) - low) / (high - low);
        return QPointF(x, y);
    };
    QPainterPath line;
    QPainterPath fill;
    bool started = false;
    QPointF last;
    QPointF first;
    for (qsizetype i = 0; i < count; ++i) {
        if (!std::isfinite(m_values.at(i))) {
            continue;
        }
        last = pointAt(i);
        if (!started) {
            line.moveTo(last);
            first = last;
            started = true;
        } else {
            line.lineTo(last);
        }
    }
    fill = line;
    fill.lineTo(last.x(), area.bottom());
    fill.lineTo(first.x(), area.bottom());
    fill.closeSubpath();
    // Drawn as vectors at the screen's pixel ratio, in the theme's primary unless coloured.
    const QColor colour = m_color.isValid() ? m_color : palette::primary();
    QColor shade = colour;
    shade.setAlphaF(0.12f);
    painter.fillPath(fill, shade);
    painter.setPen(QPen(colour, 1.6 * zoom::factor()));
    painter.drawPath(line);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(last, zoom::points(2.6), zoom::points(2.6));
}

} // namespace pvi
