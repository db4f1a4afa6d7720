#pragma once

#include <QtGlobal>

#include <vector>

namespace pvi {

/// One customer's raw RFM inputs as of a date.
struct RfmInput {
    qint64 customerId = 0;
    qint64 recencyDays = 0; ///< days from the last valid order to the as-of date
    qint64 frequency = 0;   ///< valid orders up to the as-of date
    double monetary = 0;    ///< net revenue of those orders
};

/// One customer's recency, frequency and monetary scores (1–5, 5 = best).
struct RfmScore {
    qint64 customerId = 0;
    int recency = 0;
    int frequency = 0;
    int monetary = 0;
};

/// Quintile scores of the inputs, returned in the inputs' order.
///
/// Each dimension is ranked 1..n with ties broken by ascending customer id (pandas
/// `rank(method="first")` on rows sorted by customer id), then cut into five equal-frequency
/// bins of the ranks (pandas `qcut(rank, 5, labels=[1, 2, 3, 4, 5])`): rank r of n gets
/// score max(1, ceil(5 (r − 1) / (n − 1))). Recency is ranked with the most days first, so the
/// most recent customers score 5; frequency and monetary are ranked ascending. A single customer
/// scores 3 in every dimension.
std::vector<RfmScore> scoreRfm(const std::vector<RfmInput>& inputs);

/// The quintile score (1–5) of rank r (1-based) among n ranks, as scoreRfm() uses it.
int quintileOfRank(qint64 rank, qint64 n);

} // namespace pvi
