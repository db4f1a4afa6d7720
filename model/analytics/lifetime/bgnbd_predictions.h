#pragma once

#include "analytics/lifetime/bgnbd_fit.h"

namespace pvi {

/// P(alive | x, t_x, T): the probability that the customer has not dropped out by T
/// (Fader, Hardie & Lee 2005, eq. 11 / note 021); 1 when x = 0.
double bgNbdProbabilityAlive(const BgNbdParameters& p, int x, double tx, double T);

/// E[Y(t) | x, t_x, T]: expected purchases in the next t time units (eq. 10), with the
/// Gaussian hypergeometric function 2F1 from Boost.Math.
double bgNbdConditionalExpectedPurchases(const BgNbdParameters& p, double t, int x, double tx,
                                         double T);

/// E[X(t)]: expected purchases of a newly acquired customer in t time units (eq. 9).
double bgNbdExpectedPurchases(const BgNbdParameters& p, double t);

} // namespace pvi
