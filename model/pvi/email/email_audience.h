#pragma once

#include "pvi/engine/pvi_result.h"

namespace pvi {

struct EmailFacts;

/// list_growth_rate from the audience exports: (members who opted in during the period −
/// members who unsubscribed in it − members cleaned in it) / members on the list the day
/// before the period starts × 100. A member is on the list at the start when they opted in
/// before `from` and had not unsubscribed, been cleaned or suppressed before `from`.
PviResult listGrowthRate(const EmailFacts& facts, const Period& period);

/// opt_out_trend: opt-outs in the period, with a row per calendar month. Opt-outs are the
/// dated unsubscribes and consent withdrawals (unsubscribed or suppressed members) of the
/// audience/profile exports when the workspace has any; otherwise the unsubscribes counted in
/// the period's campaigns. Split by whether the campaign that caused it (audience: UNSUB
/// campaign title) matches a campaign-name rule.
PviResult optOutTrend(const EmailFacts& facts, const Period& period);

} // namespace pvi
