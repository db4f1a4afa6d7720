#include "analytics/lifetime/clv_group_summary.h"

#include <algorithm>
#include <cmath>

namespace pvi {

std::vector<ClvGroupSummary>
summarizeClvByGroup(const std::vector<CustomerClvPrediction>& customers,
                    std::span<const int> groupOf, const QStringList& names) {
    struct Sums {
        int n = 0, nClv = 0, nRepeat = 0;
        double pAlive = 0.0, purchases = 0.0, clv = 0.0;
    };
    std::vector<Sums> sums(static_cast<std::size_t>(names.size()));
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const CustomerClvPrediction& c = customers[i];
        if (groupOf[i] < 0)
            continue;
        auto& s = sums[static_cast<std::size_t>(groupOf[i])];
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
    for (std::size_t k = 0; k < sums.size(); ++k) {
        const Sums& s = sums[k];
        if (s.n == 0)
            continue;
        ClvGroupSummary g;
        g.group = names[static_cast<qsizetype>(k)];
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
    std::sort(out.begin(), out.end(),
              [](const ClvGroupSummary& a, const ClvGroupSummary& b) { return a.group < b.group; });
    return out;
}

std::vector<ClvGroupSummary>
summarizeClvByGroup(const std::vector<CustomerClvPrediction>& customers,
                    const QHash<QString, QString>& groupOf) {
    QStringList names;
    QHash<QString, int> indexOf;
    std::vector<int> groups;
    groups.reserve(customers.size());
    for (const CustomerClvPrediction& c : customers) {
        const auto it = groupOf.constFind(c.id);
        if (it == groupOf.constEnd()) {
            groups.push_back(-1);
            continue;
        }
        auto index = indexOf.constFind(*it);
        if (index == indexOf.constEnd()) {
            index = indexOf.insert(*it, int(names.size()));
            names.append(*it);
        }
        groups.push_back(*index);
    }
    return summarizeClvByGroup(customers, groups, names);
}

double clvUplift(const ClvGroupSummary& treated, const ClvGroupSummary& control) {
    if (!std::isfinite(treated.meanClv) || !std::isfinite(control.meanClv) ||
        control.meanClv == 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    return (treated.meanClv - control.meanClv) / control.meanClv;
}

} // namespace pvi
