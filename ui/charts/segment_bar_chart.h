#pragma once

#include "charts/chart_data.h"

#include <QList>
#include <QWidget>

class QChartView;

namespace pvi {

/// Customers per segment as horizontal bars, largest first, each labelled with its count.
class SegmentBarChart : public QWidget {
    Q_OBJECT
public:
    explicit SegmentBarChart(QWidget* parent = nullptr);

    void setData(const QList<SegmentCount>& segments);
    /// Number of segments shown.
    qsizetype segmentCount() const { return m_count; }

private:
    QChartView* m_view;
    qsizetype m_count = 0;
};

} // namespace pvi
