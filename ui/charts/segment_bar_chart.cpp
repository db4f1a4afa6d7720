#include "charts/segment_bar_chart.h"

#include "charts/chart_helpers.h"
#include "charts/chart_palette.h"
#include "charts/chart_summary.h"
#include "charts/zoom.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

SegmentBarChart::SegmentBarChart(QWidget* parent)
    : QWidget(parent)
    , m_view(nullptr) {
    setObjectName(u"segmentChart"_s);
    m_view = charts::makeChartView(tr("RFM segments (customers)"), this);
    m_view->chart()->legend()->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    charts::setChartAccessibility(this, m_view->chart()->title(), tr("No customers yet."));
}

void SegmentBarChart::setData(const QList<SegmentCount>& segments) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    chart->setTitle(segments.isEmpty() ? tr("RFM segments — no customers yet")
                                       : tr("RFM segments (customers)"));
    QList<SegmentCount> sorted = segments;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const SegmentCount& a, const SegmentCount& b) { return a.customers > b.customers; });
    m_count = sorted.size();
    QStringList segmentNames;
    charts::SummarySeries customers{tr("customers"), {}, {}};
    for (const SegmentCount& segment : std::as_const(sorted)) {
        segmentNames << segment.name;
        customers.values << double(segment.customers);
    }
    charts::setChartAccessibility(this, chart->title(),
                                  sorted.isEmpty()
                                      ? tr("No customers yet.")
                                      : charts::describeSeries(segmentNames, {customers}, false));
    if (sorted.isEmpty())
        return;

    // Horizontal bars are drawn bottom-up: append smallest first so the largest is on top.
    auto* set = new QBarSet(tr("Customers"));
    set->setColor(palette::primary());
    set->setBorderColor(palette::primary());
    set->setLabelColor(palette::text());
    set->setLabelFont(zoom::font(8.5));
    QStringList names;
    double maxCustomers = 0;
    for (auto it = sorted.crbegin(); it != sorted.crend(); ++it) {
        set->append(double(it->customers));
        names.append(it->name);
        maxCustomers = std::max(maxCustomers, double(it->customers));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(9);
    chart->addSeries(series);

    auto* segmentAxis = new QBarCategoryAxis;
    segmentAxis->append(names);
    charts::styleAxis(segmentAxis);
    segmentAxis->setGridLineVisible(false);
    segmentAxis->setLabelsColor(palette::text());
    chart->addAxis(segmentAxis, Qt::AlignLeft);
    series->attachAxis(segmentAxis);

    auto* counts = new QValueAxis;
    // Leave room on the right for the count labels at the bar ends.
    counts->setRange(0, charts::niceCeiling(maxCustomers * 1.18));
    counts->setTickCount(5);
    counts->setLabelFormat(u"%.0f"_s);
    charts::styleAxis(counts);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
}

} // namespace pvi
