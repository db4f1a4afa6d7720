#include "analytics/cohorts/cohort_matrix.h"

#include <algorithm>
#include <map>

namespace pvi {

namespace {

int monthIndex(const QDate& date) {
    return date.year() * 12 + date.month() - 1;
}

struct CustomerHistory {
    int firstMonth = 0;
    QDate firstDate;
    std::map<int, std::pair<qint64, double>> byMonth; ///< month index → (orders, revenue)
};

} // namespace

std::vector<CohortRow> buildCohortRows(const std::vector<CohortOrder>& orders, const QDate& asOf,
                                       const std::unordered_set<qint64>* include) {
    std::map<qint64, CustomerHistory> customers;
    for (const CohortOrder& order : orders) {
        if (order.customerId == 0 || order.date > asOf)
            continue;
        if (include && !include->contains(order.customerId))
            continue;
        CustomerHistory& history = customers[order.customerId];
        if (!history.firstDate.isValid() || order.date < history.firstDate)
            history.firstDate = order.date;
        auto& cell = history.byMonth[monthIndex(order.date)];
        ++cell.first;
        cell.second += order.revenue;
    }
    const int lastMonth = monthIndex(asOf);
    std::map<int, std::vector<const CustomerHistory*>> cohorts;
    for (auto& [id, history] : customers) {
        history.firstMonth = monthIndex(history.firstDate);
        cohorts[history.firstMonth].push_back(&history);
    }
    std::vector<CohortRow> rows;
    for (const auto& [cohortMonth, members] : cohorts) {
        CohortRow row;
        row.month = QDate(cohortMonth / 12, cohortMonth % 12 + 1, 1);
        row.customers = static_cast<qint64>(members.size());
        const int columns = lastMonth - cohortMonth + 1;
        std::vector<qint64> active(columns, 0);
        std::vector<qint64> ordersIn(columns, 0);
        std::vector<double> revenueIn(columns, 0.0);
        for (const CustomerHistory* history : members) {
            for (const auto& [month, cell] : history->byMonth) {
                const int k = month - cohortMonth;
                ++active[k];
                ordersIn[k] += cell.first;
                revenueIn[k] += cell.second;
            }
        }
        const auto size = static_cast<double>(row.customers);
        qint64 cumulativeOrders = 0;
        double cumulativeRevenue = 0;
        for (int k = 0; k < columns; ++k) {
            cumulativeOrders += ordersIn[k];
            cumulativeRevenue += revenueIn[k];
            row.activePercent.push_back(static_cast<double>(active[k]) / size * 100.0);
            row.ordersPerCustomer.push_back(static_cast<double>(cumulativeOrders) / size);
            row.revenuePerCustomer.push_back(cumulativeRevenue / size);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

CohortMatrix buildCohortMatrix(const std::vector<CohortOrder>& orders, const QDate& asOf,
                               const std::unordered_set<qint64>& personalizedOnboarding) {
    CohortMatrix matrix;
    matrix.asOf = asOf;
    matrix.all = buildCohortRows(orders, asOf, nullptr);
    matrix.personalized = buildCohortRows(orders, asOf, &personalizedOnboarding);
    std::unordered_set<qint64> generic;
    for (const CohortOrder& order : orders) {
        if (order.customerId != 0 && !personalizedOnboarding.contains(order.customerId))
            generic.insert(order.customerId);
    }
    matrix.generic = buildCohortRows(orders, asOf, &generic);
    return matrix;
}

} // namespace pvi
