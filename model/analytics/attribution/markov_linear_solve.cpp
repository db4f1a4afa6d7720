#include "analytics/attribution/markov_linear_solve.h"

#include <cmath>
#include <utility>

namespace pvi {

std::optional<std::vector<double>> solveDense(DenseMatrix a, std::vector<double> b) {
    const std::size_t n = b.size();
    double scale = 0.0;
    for (const auto& row : a) {
        for (double v : row)
            scale = std::max(scale, std::abs(v));
    }
    const double tiny = 1e-14 * (scale > 0.0 ? scale : 1.0);
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row) {
            if (std::abs(a[row][col]) > std::abs(a[pivot][col]))
                pivot = row;
        }
        if (std::abs(a[pivot][col]) < tiny)
            return std::nullopt;
        std::swap(a[pivot], a[col]);
        std::swap(b[pivot], b[col]);
        for (std::size_t row = col + 1; row < n; ++row) {
            const double factor = a[row][col] / a[col][col];
            if (factor == 0.0)
                continue;
            for (std::size_t k = col; k < n; ++k)
                a[row][k] -= factor * a[col][k];
            b[row] -= factor * b[col];
        }
    }
    std::vector<double> x(n, 0.0);
    for (std::size_t i = n; i-- > 0;) {
        double sum = b[i];
        for (std::size_t k = i + 1; k < n; ++k)
            sum -= a[i][k] * x[k];
        x[i] = sum / a[i][i];
    }
    return x;
}

} // namespace pvi
