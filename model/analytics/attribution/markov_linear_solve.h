#pragma once

#include <optional>
#include <vector>

namespace pvi {

/// A dense square matrix stored row by row.
using DenseMatrix = std::vector<std::vector<double>>;

/// Solves A x = b by Gaussian elimination with partial pivoting (meant for tens of unknowns).
/// Returns nothing when A is singular (a pivot below 1e-14 times the largest entry).
std::optional<std::vector<double>> solveDense(DenseMatrix a, std::vector<double> b);

} // namespace pvi
