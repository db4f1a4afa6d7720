#include "analytics/lifetime/hypergeometric_2f1.h"

// Boost 1.74: gamma.hpp and expm1.hpp must come before hypergeometric_pFq.hpp or the program
// does not link.
// clang-format off
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/hypergeometric_pFq.hpp>
// clang-format on

#include <cmath>

namespace pvi {

namespace {

constexpr int kMaxTerms = 100000;

} // namespace

double hypergeometric2F1(double a, double b, double c, double z) {
    if (c > 0.0 && a > 0.0 && b > 0.0 && z >= 0.0 && z < 1.0) {
        // t(n+1) = t(n) r(n), r(n) = (a+n)(b+n) z / ((c+n)(n+1)): positive terms. r(n) − 1 has
        // the sign of a downward parabola in n, so past its vertex a ratio below 1 stays below 1
        // and the terms shrink at least geometrically (towards z): from there, stop when a term
        // no longer changes the sum (the tail left is below z/(1−z) units in the last place).
        const double vertex = (z * (a + b) - c - 1.0) / (2.0 * (1.0 - z));
        double term = 1.0;
        double sum = 1.0;
        for (int n = 0; n < kMaxTerms; ++n) {
            const double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
            term *= ratio;
            const double next = sum + term;
            if (next == sum && ratio < 1.0 && n > vertex)
                return sum;
            sum = next;
        }
    }
    return boost::math::hypergeometric_pFq({a, b}, {c}, z);
}

} // namespace pvi
