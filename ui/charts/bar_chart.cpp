#include "charts/bar_chart.h"

#include "charts/chart_helpers.h"
#include "charts/chart_palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

QColor seriesColour(int index) {
    static const QList<QColor> colours = {
        palette::primary(), palette::secondary(),     palette::good(), QColor(0x8e, 0x6c, 0xbf),
        palette::neutral(), QColor(0x2a, 0x9d, 0xa8), palette::bad(),  QColor(0xb5, 0x9a, 0x3c)};
    return colours[index % colours.size()];
}

} // namespace

BarChart::BarChart(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_view(charts::makeChartView(QString(), this)) {
    setObjectName(objectName);
    QLegend* legend = m_view->chart()->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setLabelColor(palette::text());
    QFont font = legend->font();
    font.setPointSizeF(8.5);
    legend->setFont(font);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void BarChart::setData(const QString& title, const QStringList& categories,
                       const QList<BarSetData>& sets, const QString& valueTitle,
                       const QString& valueFormat) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    chart->setTitle(title);
    m_categories = categories;
    m_sets = sets;
    chart->legend()->setVisible(sets.size() > 1);
    if (categories.isEmpty() || sets.isEmpty())
        return;

    auto* series = new QBarSeries;
    double low = 0;
    double high = 0;
    for (int i = 0; i < sets.size(); ++i) {
        auto* set = new QBarSet(sets[i].name);
        const QColor colour = sets[i].colour.isValid() ? sets[i].colour : seriesColour(i);
        set->setColor(colour);
        set->setBorderColor(colour);
        for (double v : sets[i].values) {
            set->append(v);
            low = std::min(low, v);
            high = std::max(high, v);
        }
        series->append(set);
    }
    series->setBarWidth(sets.size() > 1 ? 0.85 : 0.7);
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLabelsColor(palette::text());
    QFont small = categoryAxis->labelsFont();
    small.setPointSizeF(8);
    categoryAxis->setLabelsFont(small);
    // Long or many names would be elided side by side: slant them.
    qsizetype longest = 0;
    for (const QString& c : categories)
        longest = std::max(longest, c.size());
    if (categories.size() * longest > 60)
        categoryAxis->setLabelsAngle(-35);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);

    auto* values = new QValueAxis;
    const double top = charts::niceCeiling(high * 1.05);
    const double bottom = low < 0 ? -charts::niceCeiling(-low * 1.05) : 0.0;
    values->setRange(bottom, high > 0 ? top : 0.0);
    values->setTickCount(6);
    values->setLabelFormat(valueFormat);
    values->setTitleText(valueTitle);
    QFont titleFont = values->titleFont();
    titleFont.setPointSizeF(8.5);
    titleFont.setBold(false);
    values->setTitleFont(titleFont);
    values->setTitleBrush(palette::mutedText());
    values->setLabelsColor(palette::mutedText());
    values->setGridLineColor(palette::grid());
    values->setLinePenColor(palette::grid());
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
}

} // namespace pvi
