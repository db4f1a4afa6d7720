#pragma once

#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_result.h"
#include "stats/proportion_summary.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace pvi {

class Workspace;
struct EmailFacts;

/// One campaign's pooled counts, from a campaign export (Mailchimp, Klaviyo) or, for campaigns
/// known only from per-recipient activity, counted from the events (distinct recipients).
struct CampaignTotals {
    QString platform;
    QString key;
    QString name;
    QDate sendDate;            ///< the export's send date, or the first sent/delivered event's date
    bool personalized = false; ///< a campaign-name rule matches the name
    QString abGroup, abArm;    ///< the A/B campaign and arm ("Combo 1"), empty otherwise
    bool fromEvents = false;   ///< counted from per-recipient events, not from an export
    qint64 delivered = 0;
    qint64 uniqueOpens = 0;
    qint64 uniqueClicks = 0;
    qint64 unsubscribes = 0;
    std::optional<qint64> orders; ///< conversions the export counts (Klaviyo placed orders)
    /// Bounced addresses (soft + hard) and the addresses the campaign was sent to, when known:
    /// the export's columns, or distinct addresses with a bounce event / with any event.
    std::optional<qint64> bounces, recipients;
};

/// A rate with its count, denominator and 95% Wilson interval (fractions, not percent).
struct RateWithInterval {
    qint64 count = 0;
    qint64 n = 0;
    std::optional<double> rate, low, high;
};

/// One campaign's rates for the Email page: open, click and unsubscribe rate of its deliveries,
/// click-to-open of its openers and bounce rate of its recipients (bounces / recipients, where
/// recipients = the export's total recipients, else deliveries + bounces), each with its Wilson
/// interval; the bounce rate is empty when the campaign's bounces are not known.
struct CampaignRates {
    CampaignTotals totals;
    RateWithInterval open, click, unsubscribe, clickToOpen, bounce;
};

/// Whether a `campaign-name` rule matches: its pattern is contained in the name, ignoring case.
bool campaignMatchesRules(const QString& name, const std::vector<PersonalizationRule>& rules);

/// Per campaign sent in the period (by send date, then name): the rates with Wilson intervals.
std::vector<CampaignRates> campaignRates(const EmailFacts& facts, const Period& period);
/// The same, loading the workspace's email facts first. Throws DbError.
std::vector<CampaignRates> campaignRates(Workspace& workspace, const Period& period);

/// count / n with its 95% Wilson interval.
RateWithInterval rateWithInterval(qint64 count, qint64 n);

/// The latest date of any email data (campaign send, event, audience change), for the default
/// period of a workspace without orders; invalid when there is none. Throws DbError.
QDate latestEmailDate(Workspace& workspace);

} // namespace pvi
