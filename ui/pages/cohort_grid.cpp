#include "pages/cohort_grid.h"

#include <cmath>

namespace pvi {

CohortGrid cohortGrid(const std::vector<CohortRow>& rows, CohortMeasure measure) {
    const double divisor = measure == CohortMeasure::ActivePercent ? 100.0 : 1.0;
    CohortGrid grid;
    for (const CohortRow& row : rows) {
        grid.cohorts.append(row.month);
        grid.sizes.append(row.customers);
        QList<std::optional<double>> values;
        for (double value : cohortValues(row, measure))
            values.append(std::isfinite(value) ? std::optional<double>(value / divisor)
                                               : std::nullopt);
        grid.values.append(values);
    }
    return grid;
}

} // namespace pvi
