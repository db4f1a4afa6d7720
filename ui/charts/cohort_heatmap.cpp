#include "charts/cohort_heatmap.h"

#include "charts/chart_helpers.h"
#include "charts/chart_palette.h"
#include "charts/chart_summary.h"
#include "charts/zoom.h"
#include "widgets/value_format.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// The bands above and below the cells, at the current zoom.
double titleHeight() {
    return zoom::points(30);
}
double headerHeight() {
    return zoom::points(20);
}
double legendHeight() {
    return zoom::points(26);
}

QString cohortLabel(const QDate& month, qint64 size) {
    const QLocale locale = displayLocale();
    return u"%1  (%2)"_s.arg(locale.toString(month, u"MMM yy"_s), locale.toString(size));
}

} // namespace

CohortHeatmap::CohortHeatmap(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"cohortHeatmap"_s);
    setMouseTracking(true);
    charts::markAsChart(this);
    describe();
}

void CohortHeatmap::setData(const CohortGrid& grid) {
    m_grid = grid;
    describe();
    update();
}

void CohortHeatmap::setCellFormat(const CellFormat& format) {
    m_format = format;
    describe();
    update();
}

void CohortHeatmap::setLimits(int maxCohorts, int maxOffsets) {
    m_maxCohorts = std::max(1, maxCohorts);
    m_maxOffsets = std::max(1, maxOffsets);
    describe();
    update();
}

void CohortHeatmap::describe() {
    const int cohorts = visibleCohorts();
    const int offsets = visibleOffsets();
    if (cohorts == 0 || offsets == 0) {
        charts::setChartAccessibility(this, m_format.title, tr("No cohorts yet."));
        return;
    }
    // The mean over the cohorts drawn of each month offset, as one line from month 0 on.
    const int first = firstCohort();
    QStringList months;
    charts::SummarySeries mean{
        tr("the mean over cohorts"), {}, [this](double v) { return cellText(v); }};
    for (int k = 0; k < offsets; ++k) {
        months << tr("month %1").arg(k);
        double sum = 0;
        int n = 0;
        for (int r = first; r < m_grid.values.size(); ++r) {
            if (k < m_grid.values[r].size() && m_grid.values[r][k]) {
                sum += *m_grid.values[r][k];
                ++n;
            }
        }
        mean.values << (n > 0 ? sum / n : std::numeric_limits<double>::quiet_NaN());
    }
    const QString span =
        tr("Cohorts from %1 to %2 (%3 in all). ")
            .arg(displayLocale().toString(m_grid.cohorts.value(first), u"MMM yyyy"_s),
                 displayLocale().toString(m_grid.cohorts.value(first + cohorts - 1), u"MMM yyyy"_s))
            .arg(cohorts);
    charts::setChartAccessibility(this, m_format.title,
                                  span + charts::describeSeries(months, {mean}, true));
}

int CohortHeatmap::visibleCohorts() const {
    return std::min(static_cast<int>(m_grid.cohorts.size()), m_maxCohorts);
}

int CohortHeatmap::visibleOffsets() const {
    int widest = 0;
    for (const auto& row : m_grid.values)
        widest = std::max(widest, static_cast<int>(row.size()));
    return std::min(widest, m_maxOffsets);
}

int CohortHeatmap::firstCohort() const {
    return static_cast<int>(m_grid.cohorts.size()) - visibleCohorts();
}

QString CohortHeatmap::cellText(double value) const {
    const QLocale locale = displayLocale();
    if (m_format.share)
        return withPercentSign(locale.toString(value * 100, 'f', 0));
    return m_format.prefix + locale.toString(value, 'f', m_format.decimals);
}

double CohortHeatmap::colourMaximum() const {
    if (m_format.share)
        return 1.0;
    double maximum = 0;
    const int first = firstCohort();
    for (int r = first; r < m_grid.values.size(); ++r) {
        const auto& row = m_grid.values.at(r);
        for (int k = 0; k < std::min(static_cast<int>(row.size()), m_maxOffsets); ++k) {
            if (row.at(k))
                maximum = std::max(maximum, *row.at(k));
        }
    }
    return maximum;
}

CohortHeatmap::Geometry CohortHeatmap::geometry() const {
    Geometry g;
    const QFontMetricsF metrics(font());
    g.labelWidth = metrics.horizontalAdvance(cohortLabel(QDate(2025, 9, 1), 99999)) + 12;
    g.top = titleHeight() + headerHeight();
    const double width = std::max(1.0, double(this->width()) - g.labelWidth - 4);
    const double height = std::max(1.0, double(this->height()) - g.top - legendHeight());
    const int rows = std::max(1, visibleCohorts());
    const int cols = std::max(1, visibleOffsets());
    g.cellWidth = width / cols;
    g.cellHeight = std::min(height / rows, zoom::points(34));
    g.cells = QRectF(g.labelWidth, g.top, g.cellWidth * cols, g.cellHeight * rows);
    return g;
}

void CohortHeatmap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(zoom::font(11, true));
    painter.setPen(palette::text());
    painter.drawText(QRectF(0, 0, width(), titleHeight()), Qt::AlignHCenter | Qt::AlignVCenter,
                     m_format.title);
    painter.setFont(font());
    const int rows = visibleCohorts();
    const int cols = visibleOffsets();
    if (rows == 0 || cols == 0) {
        painter.setPen(palette::mutedText());
        painter.drawText(rect(), Qt::AlignCenter, tr("No cohorts yet"));
        return;
    }
    const Geometry g = geometry();
    painter.setPen(palette::mutedText());
    for (int k = 0; k < cols; ++k) {
        const QRectF header(g.cells.left() + k * g.cellWidth, titleHeight(), g.cellWidth,
                            headerHeight());
        painter.drawText(header, Qt::AlignCenter, QString::number(k));
    }
    QFont cellFont = font();
    cellFont.setPointSizeF(
        std::clamp(std::min(g.cellHeight * 0.36, g.cellWidth * 0.3), 6.0, font().pointSizeF()));
    const QFontMetricsF cellMetrics(cellFont);
    const double maximum = colourMaximum();
    const int first = firstCohort();
    for (int r = 0; r < rows; ++r) {
        const int cohort = first + r;
        const double y = g.top + r * g.cellHeight;
        painter.setFont(font());
        painter.setPen(palette::text());
        painter.drawText(QRectF(0, y, g.labelWidth - 8, g.cellHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         cohortLabel(m_grid.cohorts.at(cohort), m_grid.sizes.value(cohort)));
        painter.setFont(cellFont);
        const auto& row = m_grid.values.at(cohort);
        for (int k = 0; k < cols && k < row.size(); ++k) {
            if (!row.at(k))
                continue;
            const double value = *row.at(k);
            const QRectF cell(g.cells.left() + k * g.cellWidth + 1, y + 1, g.cellWidth - 2,
                              g.cellHeight - 2);
            const QColor fill = palette::heat(maximum > 0 ? value / maximum : 0.0);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(cell, 2, 2);
            painter.setPen(palette::textOn(fill));
            // Cells write plain numbers without their prefix and drop the "%" sign when narrow
            // (the scale below names the unit); what still does not fit is left to the tooltip.
            QString text = cellText(value);
            if (!m_format.share)
                text = text.mid(m_format.prefix.size());
            else if (cellMetrics.horizontalAdvance(text) > cell.width() - 2)
                text.chop(1);
            if (cellMetrics.horizontalAdvance(text) > cell.width() - 2)
                text.clear();
            painter.drawText(cell, Qt::AlignCenter, text);
        }
    }
    paintLegend(painter, g, maximum);
}

void CohortHeatmap::paintLegend(QPainter& painter, const Geometry& g, double maximum) {
    painter.setFont(font());
    const double legendY = g.cells.bottom() + zoom::points(8);
    const double legendWidth = std::min(zoom::points(120), g.cells.width() * 0.35);
    const QString low = m_format.share ? withPercentSign(u"0"_s) : cellText(0.0);
    const QString high = m_format.share ? withPercentSign(u"100"_s) : cellText(maximum);
    const QFontMetricsF metrics(font());
    const double highWidth = std::max(zoom::points(42), metrics.horizontalAdvance(high) + 4);
    const double lowWidth = std::max(zoom::points(42), metrics.horizontalAdvance(low) + 4);
    const double band = metrics.height() + 4; // one line of the legend's text
    const QRectF scale(g.cells.right() - legendWidth - highWidth, legendY, legendWidth,
                       zoom::points(10));
    for (int i = 0; i < 50; ++i) {
        const double t = i / 49.0;
        painter.fillRect(QRectF(scale.left() + t * (scale.width() - scale.width() / 50),
                                scale.top(), scale.width() / 50 + 0.5, scale.height()),
                         palette::heat(t));
    }
    painter.setPen(palette::mutedText());
    const double textTop = scale.center().y() - band / 2;
    painter.drawText(QRectF(scale.left() - lowWidth - 4, textTop, lowWidth, band),
                     Qt::AlignRight | Qt::AlignVCenter, low);
    painter.drawText(QRectF(scale.right() + 4, textTop, highWidth, band),
                     Qt::AlignLeft | Qt::AlignVCenter, high);
    painter.drawText(QRectF(0, textTop, scale.left() - lowWidth - 10, band),
                     Qt::AlignRight | Qt::AlignVCenter, tr("Months since first order"));
}

bool CohortHeatmap::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const Geometry g = geometry();
    const QPointF pos = help->pos();
    if (!g.cells.contains(pos) || g.cellWidth <= 0 || g.cellHeight <= 0) {
        QToolTip::hideText();
        return true;
    }
    const int r = static_cast<int>((pos.y() - g.top) / g.cellHeight);
    const int k = static_cast<int>((pos.x() - g.cells.left()) / g.cellWidth);
    const int cohort = firstCohort() + r;
    if (cohort < 0 || cohort >= m_grid.values.size() || k >= m_grid.values.at(cohort).size() ||
        !m_grid.values.at(cohort).at(k)) {
        QToolTip::hideText();
        return true;
    }
    const double value = *m_grid.values.at(cohort).at(k);
    const QLocale locale = displayLocale();
    const QString written =
        m_format.share ? withPercentSign(locale.toString(value * 100, 'f', 1))
                       : m_format.prefix + locale.toString(value, 'f', m_format.decimals + 1);
    const qint64 size = m_grid.sizes.value(cohort);
    QToolTip::showText(help->globalPos(),
                       tr("%1 cohort (%n customer(s)), month +%2: %3 %4", nullptr, int(size))
                           .arg(locale.toString(m_grid.cohorts.at(cohort), u"MMMM yyyy"_s))
                           .arg(k)
                           .arg(written, m_format.meaning),
                       this);
    return true;
}

} // namespace pvi
