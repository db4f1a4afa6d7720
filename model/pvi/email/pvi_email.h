#pragma once
// Family E (email) and K's opt_out_trend, from campaign exports, per-recipient activity and
// audience exports. Campaign counts are pooled over the campaigns sent in the period, never
// averaged from rates; a campaign is personalized when a campaign-name rule matches its name.

#include "pvi/email/email_facts.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <vector>

namespace pvi {

class Workspace;

/// Whether the id is one of the email PVIs this file computes.
bool isEmailPvi(const QString& id);

/// One email PVI for one period (no previous value); unavailable with a reason when its data
/// are missing or the id is not an email PVI.
PviResult computeEmailPvi(const EmailFacts& facts, const QString& id, const Period& period);

/// The same, loading the workspace's email facts first. Never throws.
PviResult computeEmailPvi(Workspace& workspace, const QString& id, const Period& period);

/// The reason shown when the workspace has no campaign data at all.
QString noEmailCampaignsReason();

} // namespace pvi
