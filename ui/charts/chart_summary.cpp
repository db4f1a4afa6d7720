#include "charts/chart_summary.h"

#include "widgets/value_format.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QLayout>
#include <QWidget>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace pvi::charts {

namespace {

constexpr const char* kAccessibleChartProperty = "accessibleChart";

/// The chart role for widgets set up by setChartAccessibility(); the others keep Qt's own.
QAccessibleInterface* chartInterface(const QString& /*className*/, QObject* object) {
    if (object && object->isWidgetType() && object->property(kAccessibleChartProperty).toBool())
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::Chart);
    return nullptr;
}

/// The first, last, highest and lowest finite values of a series, by index.
struct Extremes {
    std::optional<qsizetype> first;
    qsizetype last = 0;
    qsizetype highest = 0;
    qsizetype lowest = 0;
};

Extremes extremesOf(const QList<double>& values, qsizetype count) {
    Extremes e;
    for (qsizetype i = 0; i < std::min(count, values.size()); ++i) {
        const double v = values[i];
        if (!std::isfinite(v))
            continue;
        if (!e.first) {
            e.first = i;
            e.highest = i;
            e.lowest = i;
        }
        e.last = i;
        if (v > values[e.highest])
            e.highest = i;
        if (v < values[e.lowest])
            e.lowest = i;
    }
    return e;
}

} // namespace

QString summaryNumber(double value) {
    QLocale locale = displayLocale();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 || value == std::round(value) ? 0
                         : magnitude >= 10                              ? 1
                                                                        : 2;
    return locale.toString(value, 'f', decimals);
}

QString describeSeries(const QStringList& categories, const QList<SummarySeries>& series,
                       bool ordered) {
    qsizetype count = categories.size();
    if (count == 0)
        for (const SummarySeries& s : series)
            count = std::max(count, s.values.size());
    if (count == 0 || series.isEmpty())
        return QCoreApplication::translate("ChartSummary", "No data.");
    // Where a value sits: its category, or nothing when there are none to name.
    const auto at = [&categories](qsizetype i) {
        return categories.isEmpty()
                   ? QString()
                   : QCoreApplication::translate("ChartSummary", " in %1").arg(categories[i]);
    };
    QStringList sentences;
    if (categories.isEmpty())
        sentences
            << QCoreApplication::translate("ChartSummary", "%1 points, oldest first.").arg(count);
    else if (ordered)
        sentences << QCoreApplication::translate("ChartSummary", "%1 to %2, %3 points.")
                         .arg(categories.first(), categories.last())
                         .arg(count);
    else
        sentences << QCoreApplication::translate("ChartSummary", "%1 categories.").arg(count);
    for (const SummarySeries& s : series) {
        const SummaryWriter text = s.write ? s.write : SummaryWriter(summaryNumber);
        const Extremes e = extremesOf(s.values, count);
        const QString name =
            s.name.isEmpty() ? QCoreApplication::translate("ChartSummary", "Values") : s.name;
        if (!e.first) {
            sentences << QCoreApplication::translate("ChartSummary", "%1: no values.").arg(name);
            continue;
        }
        const QString highest = QCoreApplication::translate("ChartSummary", "highest %1%2")
                                    .arg(text(s.values[e.highest]), at(e.highest));
        const QString lowest = QCoreApplication::translate("ChartSummary", "lowest %1%2")
                                   .arg(text(s.values[e.lowest]), at(e.lowest));
        if (!ordered) {
            sentences << QCoreApplication::translate("ChartSummary", "%1: %2, %3.")
                             .arg(name, highest, lowest);
            continue;
        }
        const double from = s.values[*e.first];
        const double to = s.values[e.last];
        // Values that read the same are written as no change ("2.3% to 2.3%" says nothing).
        const bool same = text(from) == text(to);
        const QString change =
            same        ? QString()
            : to > from ? QCoreApplication::translate("ChartSummary", "%1 rose from %2%3 to %4%5")
            : to < from ? QCoreApplication::translate("ChartSummary", "%1 fell from %2%3 to %4%5")
                        : QString();
        const QString trend =
            change.isEmpty()
                ? QCoreApplication::translate("ChartSummary", "%1 stayed at %2").arg(name, text(to))
                : change.arg(name, text(from), at(*e.first), text(to), at(e.last));
        sentences << QCoreApplication::translate("ChartSummary", "%1; %2, %3.")
                         .arg(trend, highest, lowest);
    }
    // Each sentence starts with a capital, whatever the series' name.
    for (QString& sentence : sentences)
        if (!sentence.isEmpty())
            sentence[0] = sentence[0].toUpper();
    return sentences.join(u' ');
}

void setChartAccessibility(QWidget* chart, const QString& name, const QString& description,
                           bool focusable) {
    static const bool installed = [] {
        QAccessible::installFactory(chartInterface);
        return true;
    }();
    Q_UNUSED(installed);
    if (!chart->property(kAccessibleChartProperty).toBool()) {
        chart->setProperty(kAccessibleChartProperty, true);
        if (focusable) {
            chart->setFocusPolicy(Qt::StrongFocus);
            chart->setAttribute(Qt::WA_StyledBackground);
            // Room for the focus outline of the style sheet; what is inside is not a stop of
            // its own.
            if (QLayout* layout = chart->layout())
                layout->setContentsMargins(2, 2, 2, 2);
            const auto inside = chart->findChildren<QWidget*>();
            for (QWidget* child : inside)
                child->setFocusPolicy(Qt::NoFocus);
        }
    }
    chart->setAccessibleName(name);
    chart->setAccessibleDescription(description);
}

bool isAccessibleChart(const QWidget* widget) {
    return widget && widget->property(kAccessibleChartProperty).toBool();
}

} // namespace pvi::charts
