#pragma once
// The rows of the selection-effect estimate (docs/effect.md): one per exposed customer at the
// day of their first personalized order, and one per generic order of a customer not exposed by
// that day (the candidates for a match), each with the covariates of the year before it and the
// outcome before and after it.

#include "analytics/effect/selection_effect.h"

#include <QString>

#include <vector>

namespace pvi {

/// One covariate: its name for people and how the propensity model sees it.
struct EffectCovariate {
    QString name;
    bool logScale = false; ///< the model uses log(1 + x)
};

struct IndexEvent {
    std::size_t customer = 0; ///< index into the customers
    qint64 day = 0;
    bool exposed = false;
    std::vector<double> covariates; ///< one per EffectIndex::covariates, on their own scale
    double before = 0;              ///< outcome over [day − window, day)
    double after = 0;               ///< outcome over (day, day + window]
};

struct EffectIndex {
    std::vector<EffectCovariate> covariates;
    std::vector<IndexEvent> exposed;
    std::vector<IndexEvent> candidates; ///< by day
    qint64 exposedInPeriod = 0;
    qint64 tooRecent = 0;
    qint64 noHistory = 0;
};

/// The index events of the customers under the options.
EffectIndex buildEffectIndex(const EffectCustomerReader& customers, const EffectOptions& options);

} // namespace pvi
