#include "analytics/rfm/rfm_assignment.h"

#include <map>

namespace pvi {

std::vector<RfmAssignment> assignRfm(const std::vector<RfmOrder>& orders, const QDate& asOf) {
    struct Totals {
        QDate last;
        qint64 orders = 0;
        double revenue = 0;
    };
    std::map<qint64, Totals> byCustomer;
    for (const RfmOrder& order : orders) {
        if (order.date > asOf || order.customerId == 0)
            continue;
        Totals& totals = byCustomer[order.customerId];
        if (!totals.last.isValid() || order.date > totals.last)
            totals.last = order.date;
        ++totals.orders;
        totals.revenue += order.revenue;
    }
    std::vector<RfmInput> inputs;
    inputs.reserve(byCustomer.size());
    for (const auto& [id, totals] : byCustomer)
        inputs.push_back({id, totals.last.daysTo(asOf), totals.orders, totals.revenue});
    const std::vector<RfmScore> scores = scoreRfm(inputs);
    std::vector<RfmAssignment> assignments;
    assignments.reserve(scores.size());
    for (const RfmScore& score : scores) {
        assignments.push_back(
            {score, rfmSegmentFor(score.recency, rfmFmScore(score.frequency, score.monetary))});
    }
    return assignments;
}

std::array<qint64, 11> rfmSegmentCounts(const std::vector<RfmAssignment>& assignments) {
    std::array<qint64, 11> counts{};
    for (const RfmAssignment& assignment : assignments)
        ++counts[static_cast<std::size_t>(assignment.segment)];
    return counts;
}

} // namespace pvi
