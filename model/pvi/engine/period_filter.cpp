#include "pvi/engine/period_filter.h"

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

Period lastDays(const QDate& last, int days) {
    return {last.addDays(-(days - 1)), last};
}

} // namespace

Period PeriodFilter::period(const QDate& lastDataDate) const {
    switch (preset) {
    case Preset::Last30Days:
        return lastDays(lastDataDate, 30);
    case Preset::Last90Days:
        return lastDays(lastDataDate, 90);
    case Preset::Last365Days:
        return lastDays(lastDataDate, 365);
    case Preset::YearToDate:
        return {QDate(lastDataDate.year(), 1, 1), lastDataDate};
    case Preset::Custom:
        return {customFrom, customTo};
    }
    return {};
}

Period PeriodFilter::comparisonPeriod(const Period& resolved) const {
    if (comparison == Comparison::SamePeriodLastYear)
        return {resolved.from.addYears(-1), resolved.to.addYears(-1)};
    return resolved.previous();
}

MetricsQuery resolveQuery(Workspace& workspace, const PeriodFilter& filter) {
    MetricsQuery query;
    const QDate lastDay = lastDayOfData(workspace);
    if (lastDay.isValid() || filter.preset == PeriodFilter::Preset::Custom) {
        query.period = filter.period(lastDay);
        query.comparison = filter.comparisonPeriod(query.period);
    }
    return query;
}

QString PeriodFilter::label() const {
    switch (preset) {
    case Preset::Last30Days:
        return u"Last 30 days"_s;
    case Preset::Last90Days:
        return u"Last 90 days"_s;
    case Preset::Last365Days:
        return u"Last 365 days"_s;
    case Preset::YearToDate:
        return u"Year to date"_s;
    case Preset::Custom:
        break;
    }
    const QString format = u"d MMM yyyy"_s;
    return u"%1 – %2"_s.arg(customFrom.toString(format), customTo.toString(format));
}

} // namespace pvi
