#include "analytics/lifetime/clv_group_summary.h"

#include <cmath>
#include <map>

namespace pvi {

std::vector<ClvGroupSummary>
summarizeClvByGroup(const std::vector<CustomerClvPrediction>& customers,
                    const QHash<QString, QString>& groupOf) {
    struct Sums {
        int n = 0, nClv = 0, nRepeat = 0;
        double pAlive = 0.0, purchases = 0.0, clv = 0.0;
    };
    std::map<QString, Sums> sums;
    for (const auto& c : customers) {
        const auto it = groupOf.constFind(c.id);
        if (it == groupOf.constEnd())
            continue;
        auto& s = sums[*it];
        ++s.n;
        if (c.repeatPurchases > 0) {
            ++s.nRepeat;
            s.pAlive += c.pAlive;
        }
        s.purchases += c.expectedPurchases;
        if (std::isfinite(c.clv)) {
            ++s.nClv;
            s.clv += c.clv;
        }
    }
    std::vector<ClvGroupSummary> out;
    for (const auto& [group, s] : sums) {
        ClvGroupSummary g;
        g.group = group;
        g.customers = s.n;
        g.repeatCustomers = s.nRepeat;
        if (s.nRepeat > 0) {
            g.meanPAlive = s.pAlive / s.nRepeat;
            g.meanChurnRisk = 1.0 - g.meanPAlive;
        }
        g.meanExpectedPurchases = s.purchases / s.n;
        g.customersWithClv = s.nClv;
        g.totalClv = s.clv;
        if (s.nClv > 0)
            g.meanClv = s.clv / s.nClv;
        out.push_back(g);
    }
    return out;
}

double clvUplift(const ClvGroupSummary& treated, const ClvGroupSummary& control) {
    if (!std::isfinite(treated.meanClv) || !std::isfinite(control.meanClv) ||
        control.meanClv == 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return (treated.meanClv - control.meanClv) / control.meanClv;
}

} // namespace pvi
