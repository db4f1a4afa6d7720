#include "pages/email_data.h"

#include <algorithm>
#include <tuple>

namespace pvi {

std::vector<CampaignRates> EmailData::abArms() const {
    std::vector<CampaignRates> arms;
    for (const CampaignRates& c : campaigns) {
        if (!c.totals.abGroup.isEmpty())
            arms.push_back(c);
    }
    std::stable_sort(arms.begin(), arms.end(), [](const CampaignRates& a, const CampaignRates& b) {
        return std::tie(a.totals.abGroup, a.totals.abArm) <
               std::tie(b.totals.abGroup, b.totals.abArm);
    });
    return arms;
}

EmailGroupRates poolCampaignRates(const std::vector<const CampaignRates*>& campaigns) {
    qint64 delivered = 0, opens = 0, clicks = 0, unsubscribes = 0;
    qint64 bounces = 0, recipients = 0;
    for (const CampaignRates* c : campaigns) {
        delivered += c->totals.delivered;
        opens += c->totals.uniqueOpens;
        clicks += c->totals.uniqueClicks;
        unsubscribes += c->totals.unsubscribes;
        if (c->bounce.n > 0) {
            bounces += c->bounce.count;
            recipients += c->bounce.n;
        }
    }
    EmailGroupRates group;
    group.campaigns = qint64(campaigns.size());
    group.open = rateWithInterval(opens, delivered);
    group.click = rateWithInterval(clicks, delivered);
    group.unsubscribe = rateWithInterval(unsubscribes, delivered);
    group.bounce = rateWithInterval(bounces, recipients);
    return group;
}

} // namespace pvi
