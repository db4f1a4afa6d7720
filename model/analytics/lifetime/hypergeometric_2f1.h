#pragma once

namespace pvi {

/// Gauss's hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1, as the BG/NBD predictions need
/// it (a, b > 0). Summed as its power series in double precision while c > 0 (every term is then
/// positive, so the sum loses no digits to cancellation); otherwise, or when the series has not
/// converged after kMaxTerms terms, Boost.Math's checked series gives the value.
double hypergeometric2F1(double a, double b, double c, double z);

} // namespace pvi
