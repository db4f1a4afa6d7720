#pragma once

#include "pvi/email/email_campaign_rates.h"
#include "pvi/engine/pvi_result.h"

#include <QString>

#include <optional>
#include <vector>

namespace pvi {

class Workspace;
struct EmailFacts;

/// The sends of one frequency band: sends that went to a recipient in a week in which that
/// recipient got `sendsPerWeek` sends (the last band is "that many or more").
struct FatigueBand {
    int sendsPerWeek = 0;
    bool openEnded = false;            ///< the band holds sendsPerWeek or more sends a week
    QString label;                     ///< "1", "2", "3", "4+"
    RateWithInterval open;             ///< sends that were opened / sends
    RateWithInterval unsubscribe;      ///< sends followed by an unsubscribe / sends
    std::optional<double> openPValue;  ///< two-proportion z-test against the lowest band
    std::optional<double> unsubPValue; ///< likewise for unsubscribes
    bool fatigued = false; ///< significantly lower opens or higher unsubscribes than the lowest
};

/// personalization_fatigue: how open and unsubscribe rates change with sends per recipient per
/// week, from per-recipient events. Fatigue is flagged when a band has a significantly lower
/// open rate or a significantly higher unsubscribe rate than the lowest band (two-sided
/// two-proportion z-test, p < 0.05, unadjusted); `onset` is the first such band's frequency.
struct FatigueAnalysis {
    bool available = false;
    QString reason;
    std::vector<FatigueBand> bands;
    qint64 sends = 0;          ///< (recipient, campaign) sends in the period
    qint64 recipientWeeks = 0; ///< (recipient, week) pairs with at least one send
    qint64 personalizedSends = 0, personalizedRecipientWeeks = 0;
    qint64 genericSends = 0, genericRecipientWeeks = 0;
    std::optional<int> onset; ///< sends per week at which fatigue starts
};

/// The highest band (sends per week); more frequent weeks are counted in it.
constexpr int kFatigueTopBand = 4;
/// The significance level of the fatigue flag.
constexpr double kFatigueAlpha = 0.05;

/// The fatigue analysis of the sends dated in the period (weeks start on Monday). A send is a
/// recipient's sent or delivered event of a campaign; opened and unsubscribed mean an open or
/// unsubscribe event of the same recipient and campaign. Throws DbError on a read failure.
FatigueAnalysis fatigueAnalysis(const EmailFacts& facts, const Period& period);
/// The same, loading the workspace's email facts first. Throws DbError on a read failure.
FatigueAnalysis fatigueAnalysis(Workspace& workspace, const Period& period);

} // namespace pvi
