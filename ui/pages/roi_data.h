#pragma once

#include "pvi/reports/roi_ledger.h"

#include <QString>

namespace pvi {

/// What the ROI page shows, computed off the GUI thread from the model.
struct RoiData {
    QString error;       ///< set when the workspace could not be read
    QString unavailable; ///< why there is no ledger (no costs, no period); empty when there is
    Period period;
    Period comparison;
    QString currency; ///< the workspace's currency code, empty when unknown
    RoiLedger ledger;
};

} // namespace pvi
