#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace pvi::charts {

/// One named row of values for a summary: one value per category (NaN: no value).
/// How a summary writes a value ("$1,200", "12.5%").
using SummaryWriter = std::function<QString(double)>;

/// One named row of values for a summary: one value per category (NaN: no value).
struct SummarySeries {
    QString name;
    QList<double> values;
    SummaryWriter write; ///< unset: summaryNumber()
};

/// A plain number as summaries write it: thousands separators, fewer decimals for larger
/// values ("1,234", "56.7", "0.42").
QString summaryNumber(double value);

/// The data of a chart in words, from its values. Over ordered categories (months, weeks) each
/// series tells where it went from the first to the last value, and its highest and lowest:
/// "Nov 2025 to Oct 2026, 12 points. Personalized rose from $1,200 in Nov 2025 to $3,400 in
/// Oct 2026; highest $3,600 in Sep 2026, lowest $1,100 in Dec 2025." Over unordered categories
/// (segments, channels) only the highest and lowest. No categories: the values are points of a
/// recent history, oldest first.
QString describeSeries(const QStringList& categories, const QList<SummarySeries>& series,
                       bool ordered);

/// Gives a chart widget its accessible name (the chart's title) and description (its data in
/// words), reported to assistive technology with the Chart role. A `focusable` chart is reached
/// with Tab (and shows the focus outline), so that Edit › Copy can take it from the keyboard.
void setChartAccessibility(QWidget* chart, const QString& name, const QString& description,
                           bool focusable = true);

/// Whether `widget` was set up by setChartAccessibility().
bool isAccessibleChart(const QWidget* widget);

} // namespace pvi::charts
