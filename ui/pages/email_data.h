#pragma once

#include "pvi/email/email_campaign_rates.h"
#include "pvi/email/email_fatigue.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <vector>

namespace pvi {

/// The pooled rates of a group of campaigns (Σ counts / Σ bases, never averaged rates), each
/// with its 95% Wilson interval.
struct EmailGroupRates {
    qint64 campaigns = 0;
    RateWithInterval open, click, unsubscribe, bounce;
};

/// Everything the Email page shows for one period: the campaigns sent in it with their rates,
/// the personalized vs generic pooled rates, the fatigue analysis and the A/B arms.
struct EmailData {
    Period period;                        ///< the filter's period, resolved on the email data
    bool hasCampaignRules = false;        ///< a campaign-name rule is stored
    std::vector<CampaignRates> campaigns; ///< by send date, then name
    EmailGroupRates personalized, generic;
    FatigueAnalysis fatigue;
    /// Why the page has nothing to show (no workspace, no email data, nothing in the period);
    /// empty when it has campaigns or fatigue bands.
    QString error;

    /// The campaigns that are arms of an A/B campaign, by A/B campaign then arm.
    std::vector<CampaignRates> abArms() const;
};

/// Pools the campaigns' counts into one group's rates (bounces over the campaigns that report
/// them).
EmailGroupRates poolCampaignRates(const std::vector<const CampaignRates*>& campaigns);

} // namespace pvi
