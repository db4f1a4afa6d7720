#include "pvi/engine/period_filter.h"

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

} // namespace pvi
