#include "stats/cuped.h"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>

namespace pvi {

void PairedSummary::add(double y, double x) {
    ++n;
    sumX += x;
    sumY += y;
    sumXX += x * x;
    sumYY += y * y;
    sumXY += x * y;
}

PairedSummary PairedSummary::operator+(const PairedSummary& o) const {
    return {n + o.n,         sumX + o.sumX,   sumY + o.sumY,
            sumXX + o.sumXX, sumYY + o.sumYY, sumXY + o.sumXY};
}

namespace {

/// Centred sums of squares and products within one arm.
struct Centred {
    double xx = 0;
    double yy = 0;
    double xy = 0;
};

Centred centred(const PairedSummary& s) {
    const double n = double(s.n);
    return {s.sumXX - s.sumX * s.sumX / n, s.sumYY - s.sumY * s.sumY / n,
            s.sumXY - s.sumX * s.sumY / n};
}

Interval tInterval(double estimate, double standardError, double df, double confidence) {
    const boost::math::students_t t(df);
    const double q = boost::math::quantile(boost::math::complement(t, (1.0 - confidence) / 2.0));
    Interval i;
    i.estimate = estimate;
    i.low = estimate - q * standardError;
    i.high = estimate + q * standardError;
    return i;
}

} // namespace

CupedResult cupedDifference(const PairedSummary& control, const PairedSummary& treatment,
                            double confidence) {
    CupedResult r;
    if (control.n < 2 || treatment.n < 2 || control.n + treatment.n < 4) {
        r.reasons << QStringLiteral("each arm needs at least 2 units");
        return r;
    }
    const Centred c = centred(control);
    const Centred t = centred(treatment);
    const double sxx = c.xx + t.xx;
    const double syy = c.yy + t.yy;
    const double sxy = c.xy + t.xy;
    const double nc = double(control.n);
    const double nt = double(treatment.n);
    const double n = nc + nt;
    const double diffY = treatment.sumY / nt - control.sumY / nc;
    const double diffX = treatment.sumX / nt - control.sumX / nc;
    if (!(syy > 0.0)) {
        r.reasons << QStringLiteral("the outcome does not vary within the arms");
        return r;
    }
    const double plainSe = std::sqrt(syy / (n - 2.0) * (1.0 / nt + 1.0 / nc));
    r.plainStandardError = plainSe;
    r.plain = tInterval(diffY, plainSe, n - 2.0, confidence);
    if (!(sxx > 0.0)) {
        r.reasons << QStringLiteral("the pre-period values do not vary within the arms");
        return r;
    }
    const double theta = sxy / sxx;
    const double rss = syy - theta * sxy;
    const double adjustedSe =
        std::sqrt(rss / (n - 3.0) * (1.0 / nt + 1.0 / nc + diffX * diffX / sxx));
    r.theta = theta;
    r.correlation = sxy / std::sqrt(sxx * syy);
    r.adjustedStandardError = adjustedSe;
    r.adjusted = tInterval(diffY - theta * diffX, adjustedSe, n - 3.0, confidence);
    r.varianceReduction = 1.0 - (adjustedSe * adjustedSe) / (plainSe * plainSe);
    return r;
}

} // namespace pvi
