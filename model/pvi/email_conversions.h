#pragma once

#include "pvi/pvi_result.h"

#include <vector>

namespace pvi {

class Workspace;

/// One delivered email (recipient × campaign) from per-recipient activity, and whether the
/// recipient placed a valid order within the attribution window after clicking it.
struct RecipientConversion {
    bool personalized = false; ///< the campaign matches a campaign-name rule
    bool converted = false;
};

/// The deliveries (sent or delivered events) dated in the period, each with its conversion:
/// a valid order of the recipient's customer dated from the click's date to `windowDays` days
/// after it. Empty when the period has no such events or the workspace has no valid orders.
/// Throws DbError on a read failure.
std::vector<RecipientConversion> recipientConversions(Workspace& workspace, const Period& period,
                                                      int windowDays);

} // namespace pvi
