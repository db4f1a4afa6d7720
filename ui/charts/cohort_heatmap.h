#pragma once

#include "charts/chart_data.h"

#include <QWidget>

namespace pvi {

/// Retention of acquisition cohorts as a heat map: one row per cohort month (the most recent
/// `maxCohorts`), one column per month offset, each cell coloured and labelled with its share.
class CohortHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit CohortHeatmap(QWidget* parent = nullptr);

    void setData(const CohortGrid& grid);
    const CohortGrid& data() const { return m_grid; }
    /// How many of the most recent cohorts and month offsets are drawn.
    void setLimits(int maxCohorts, int maxOffsets);
    /// Cohorts drawn (after the limit).
    int visibleCohorts() const;
    /// Month offsets drawn (after the limit).
    int visibleOffsets() const;

    QSize minimumSizeHint() const override { return {320, 220}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        QRectF cells;
        double cellWidth = 0;
        double cellHeight = 0;
        double labelWidth = 0;
        double top = 0;
    };
    Geometry geometry() const;
    int firstCohort() const;

    CohortGrid m_grid;
    int m_maxCohorts = 12;
    int m_maxOffsets = 12;
};

} // namespace pvi
