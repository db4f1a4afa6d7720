#pragma once

#include "charts/chart_data.h"

#include <QWidget>

namespace pvi {

/// Acquisition cohorts as a heat map: one row per cohort month (the most recent `maxCohorts`),
/// one column per month offset, each cell coloured and labelled with its value — retention
/// shares by default, or another measure described by a CellFormat.
class CohortHeatmap : public QWidget {
    Q_OBJECT
public:
    /// How the cells are written and coloured.
    struct CellFormat {
        QString title = QStringLiteral("Retention by first-order month (customers)");
        bool share = true; ///< values are shares in 0..1, written in percent; else plain numbers
        int decimals = 0;  ///< decimals of plain numbers
        QString prefix;    ///< before plain numbers in the scale and tooltips (not in cells)
        /// What a value is, after it in the tooltip.
        QString meaning = QStringLiteral("ordered in that month");
    };

    explicit CohortHeatmap(QWidget* parent = nullptr);

    void setData(const CohortGrid& grid);
    const CohortGrid& data() const { return m_grid; }
    /// How the cells are written; plain numbers are coloured from 0 to the largest shown value.
    void setCellFormat(const CellFormat& format);
    const CellFormat& cellFormat() const { return m_format; }
    /// How many of the most recent cohorts and month offsets are drawn.
    void setLimits(int maxCohorts, int maxOffsets);
    /// Cohorts drawn (after the limit).
    int visibleCohorts() const;
    /// Month offsets drawn (after the limit).
    int visibleOffsets() const;
    /// A value as the scale writes it ("45%", "$120", "1.3"); cells leave out the prefix.
    QString cellText(double value) const;

    QSize minimumSizeHint() const override { return {320, 220}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// The accessible description: the cohorts drawn and their mean by month offset.
    void describe();

    struct Geometry {
        QRectF cells;
        double cellWidth = 0;
        double cellHeight = 0;
        double labelWidth = 0;
        double top = 0;
    };
    Geometry geometry() const;
    int firstCohort() const;
    /// The value coloured darkest: 1 for shares, else the largest value drawn.
    double colourMaximum() const;
    void paintLegend(QPainter& painter, const Geometry& g, double maximum);

    CohortGrid m_grid;
    CellFormat m_format;
    int m_maxCohorts = 12;
    int m_maxOffsets = 12;
};

} // namespace pvi
