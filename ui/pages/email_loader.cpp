#include "pages/email_loader.h"

#include "pages/workspace_reader.h"
#include "pvi/email/pvi_email.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/engine/period_filter.h"
#include "pvi/engine/personalization_rules.h"
#include "store/workspace.h"
#include "widgets/value_format.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

void loadEmailInto(EmailData& data, Workspace& workspace, const PeriodFilter& filter) {
    const std::vector<PersonalizationRule> rules = PersonalizationRules::list(workspace);
    const EmailFacts facts = EmailFacts::load(workspace, rules);
    const QDate latest = facts.latest;
    if (!latest.isValid()) {
        data.error = QCoreApplication::translate(
                         "EmailLoader",
                         "No email data yet: %1 (Mailchimp campaigns or audience, Klaviyo "
                         "campaigns or profiles), or per-recipient activity for the fatigue chart.")
                         .arg(noEmailCampaignsReason());
        return;
    }
    // Presets resolve against the same last day of data as on every other page (the last
    // order's, when there are orders), so one filter means one period across the window.
    data.period = resolveQuery(workspace, filter).period;
    for (const PersonalizationRule& rule : rules)
        data.hasCampaignRules = data.hasCampaignRules || rule.kind == u"campaign-name"_s;
    data.campaigns = campaignRates(facts, data.period);
    data.fatigue = fatigueAnalysis(facts, data.period);

    std::vector<const CampaignRates*> personalized, generic;
    for (const CampaignRates& c : data.campaigns)
        (c.totals.personalized ? personalized : generic).push_back(&c);
    data.personalized = poolCampaignRates(personalized);
    data.generic = poolCampaignRates(generic);

    if (data.campaigns.empty() && !data.fatigue.available)
        data.error =
            QCoreApplication::translate(
                "EmailLoader", "No email campaign was sent between %1 and %2 (the latest email "
                               "data are from %3): choose a longer period in the filter bar.")
                .arg(displayLocale().toString(data.period.from, u"d MMM yyyy"_s),
                     displayLocale().toString(data.period.to, u"d MMM yyyy"_s),
                     displayLocale().toString(latest, u"d MMM yyyy"_s));
}

} // namespace

EmailData loadEmail(const QString& workspacePath, const PeriodFilter& filter) {
    EmailData data;
    readWorkspace(data, workspacePath,
                  QCoreApplication::translate("EmailLoader", "The email data could not be read"),
                  [&](Workspace& workspace) { loadEmailInto(data, workspace, filter); });
    return data;
}

} // namespace pvi
