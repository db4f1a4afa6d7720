#include "charts/cohort_heatmap.h"

#include "charts/chart_palette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

constexpr double kTitleHeight = 30;
constexpr double kHeaderHeight = 20;
constexpr double kLegendHeight = 26;

QString cohortLabel(const QDate& month, qint64 size) {
    return u"%1  (%2)"_s.arg(month.toString(u"MMM yy"_s)).arg(size);
}

} // namespace

CohortHeatmap::CohortHeatmap(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"cohortHeatmap"_s);
    setMouseTracking(true);
}

void CohortHeatmap::setData(const CohortGrid& grid) {
    m_grid = grid;
    update();
}

void CohortHeatmap::setLimits(int maxCohorts, int maxOffsets) {
    m_maxCohorts = std::max(1, maxCohorts);
    m_maxOffsets = std::max(1, maxOffsets);
    update();
}

int CohortHeatmap::visibleCohorts() const {
    return std::min(static_cast<int>(m_grid.cohorts.size()), m_maxCohorts);
}

int CohortHeatmap::visibleOffsets() const {
    int widest = 0;
    for (const auto& row : m_grid.shares)
        widest = std::max(widest, static_cast<int>(row.size()));
    return std::min(widest, m_maxOffsets);
}

int CohortHeatmap::firstCohort() const {
    return static_cast<int>(m_grid.cohorts.size()) - visibleCohorts();
}

CohortHeatmap::Geometry CohortHeatmap::geometry() const {
    Geometry g;
    const QFontMetricsF metrics(font());
    g.labelWidth = metrics.horizontalAdvance(cohortLabel(QDate(2025, 9, 1), 99999)) + 12;
    g.top = kTitleHeight + kHeaderHeight;
    const double width = std::max(1.0, double(this->width()) - g.labelWidth - 4);
    const double height = std::max(1.0, double(this->height()) - g.top - kLegendHeight);
    const int rows = std::max(1, visibleCohorts());
    const int cols = std::max(1, visibleOffsets());
    g.cellWidth = width / cols;
    g.cellHeight = std::min(height / rows, 34.0);
    g.cells = QRectF(g.labelWidth, g.top, g.cellWidth * cols, g.cellHeight * rows);
    return g;
}

void CohortHeatmap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = font();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(palette::text());
    painter.drawText(QRectF(0, 0, width(), kTitleHeight), Qt::AlignHCenter | Qt::AlignVCenter,
                     u"Retention by first-order month (customers)"_s);
    painter.setFont(font());
    const int rows = visibleCohorts();
    const int cols = visibleOffsets();
    if (rows == 0 || cols == 0) {
        painter.setPen(palette::mutedText());
        painter.drawText(rect(), Qt::AlignCenter, u"No cohorts yet"_s);
        return;
    }
    const Geometry g = geometry();
    painter.setPen(palette::mutedText());
    for (int k = 0; k < cols; ++k) {
        const QRectF header(g.cells.left() + k * g.cellWidth, kTitleHeight, g.cellWidth,
                            kHeaderHeight);
        painter.drawText(header, Qt::AlignCenter, QString::number(k));
    }
    QFont cellFont = font();
    cellFont.setPointSizeF(
        std::clamp(std::min(g.cellHeight * 0.36, g.cellWidth * 0.3), 6.0, font().pointSizeF()));
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
        const auto& row = m_grid.shares.at(cohort);
        for (int k = 0; k < cols && k < row.size(); ++k) {
            if (!row.at(k))
                continue;
            const double share = *row.at(k);
            const QRectF cell(g.cells.left() + k * g.cellWidth + 1, y + 1, g.cellWidth - 2,
                              g.cellHeight - 2);
            const QColor fill = palette::heat(share);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(cell, 2, 2);
            painter.setPen(fill.lightnessF() < 0.55 ? QColor(Qt::white) : palette::text());
            // Narrow cells drop the "%" sign (the scale below says the cells are percentages).
            const QString percent = QString::number(share * 100, 'f', 0);
            painter.drawText(cell, Qt::AlignCenter, g.cellWidth >= 32 ? percent + u'%' : percent);
        }
    }
    // Colour scale: 0% … 100%.
    painter.setFont(font());
    const double legendY = g.cells.bottom() + 8;
    const double legendWidth = std::min(120.0, g.cells.width() * 0.35);
    const QRectF scale(g.cells.right() - legendWidth - 40, legendY, legendWidth, 10);
    for (int i = 0; i < 50; ++i) {
        const double t = i / 49.0;
        painter.fillRect(QRectF(scale.left() + t * (scale.width() - scale.width() / 50),
                                scale.top(), scale.width() / 50 + 0.5, scale.height()),
                         palette::heat(t));
    }
    painter.setPen(palette::mutedText());
    painter.drawText(QRectF(scale.left() - 46, legendY - 4, 42, 18),
                     Qt::AlignRight | Qt::AlignVCenter, u"0%"_s);
    painter.drawText(QRectF(scale.right() + 4, legendY - 4, 42, 18),
                     Qt::AlignLeft | Qt::AlignVCenter, u"100%"_s);
    painter.drawText(QRectF(0, legendY - 4, scale.left() - 52, 18),
                     Qt::AlignRight | Qt::AlignVCenter, u"Months since first order"_s);
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
    if (cohort < 0 || cohort >= m_grid.shares.size() || k >= m_grid.shares.at(cohort).size() ||
        !m_grid.shares.at(cohort).at(k)) {
        QToolTip::hideText();
        return true;
    }
    const double share = *m_grid.shares.at(cohort).at(k);
    QToolTip::showText(help->globalPos(),
                       u"%1 cohort (%2 customers), month +%3: %4% ordered again"_s
                           .arg(m_grid.cohorts.at(cohort).toString(u"MMMM yyyy"_s))
                           .arg(m_grid.sizes.value(cohort))
                           .arg(k)
                           .arg(share * 100, 0, 'f', 1),
                       this);
    return true;
}

} // namespace pvi
