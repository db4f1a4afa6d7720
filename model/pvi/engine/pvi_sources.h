#pragma once
// The facts one refresh computes every PVI from: each source of the workspace (orders, email,
// surveys, costs, experiments, lifetime fits, settings) loaded at most once, on first use, and
// shared by every PVI, period, comparison and sparkline point of the refresh.

#include "analytics/anomalies/anomaly_detector.h"
#include "analytics/effect/selection_effect.h"
#include "analytics/experiments/experiment_analysis.h"
#include "pvi/costs/pvi_costs.h"
#include "pvi/email/email_facts.h"
#include "pvi/engine/pending_results.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/orders/fairness_groups.h"
#include "pvi/orders/offer_facts.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi/orders/pvi_engagement_score.h"
#include "pvi/orders/pvi_fairness.h"
#include "pvi/surveys/pvi_surveys.h"
#include "pvi/surveys/survey_snapshot.h"
#include "pvi/web/pvi_web.h"

#include <QDate>

#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace pvi {

class Workspace;
struct PredictiveFit;

class PviSources {
public:
    explicit PviSources(Workspace& workspace)
        : m_workspace(workspace) {}

    // Each accessor loads its source on first use and throws DbError when it cannot be read.
    const std::vector<PersonalizationRule>& rules();
    const OrderSnapshot& orders();
    const EmailFacts& email();
    const OfferFacts& offers();
    const SurveySnapshot& surveys();
    const CesSettings& ces();
    /// Every experiment, analysed once (analyzeExperiments).
    const std::vector<ExperimentAnalysis>& experiments();
    const std::vector<CostEntry>& costs();
    const AnomalySettings& anomalySettings();
    const EngagementFacts& engagement();
    const CustomerLocations& customerLocations();
    /// Every customer's tags, lists, e-mail groups and survey answers, as the fairness ratio
    /// compares them.
    const FairnessGroups& fairnessGroups();
    const WebReports& webReports();
    /// The workspace's currency code (workspaceCurrency).
    const QString& currency();
    /// The selection-adjusted effect on revenue as of the period's end (pvi/effect/pvi_effect.h,
    /// effectStartsAsOf), with the default window and seed: estimated once per period asked
    /// (waiting for the estimate a preload started).
    const SelectionEffect& selectionEffect(const Period& period);
    /// The cost ledger of one period (costs prorated into it, its customers split by exposure).
    const CostLedger& costLedger(const Period& period);
    /// The lifetime fit as of one day (one fit per day asked, never throws).
    const PredictiveFit& predictive(const QDate& asOf);

    /// Loads every source a run uses using the machine's cores: this thread reads the orders,
    /// counts their currencies and reads the customers' places; a second lane, through its own
    /// connection to the workspace file, reads the e-mail facts, the offers, the survey rows
    /// while the orders load, then the surveys' exposure; the fairness groups, experiments, web
    /// reports, costs and then the engagement facts go to whichever lane is free first. Once the
    /// orders are in, the lifetime fit as of `predictiveAsOf` and (with `effectFor`) the effect
    /// adjusted for selection of that period each start on a thread of their own and go on after
    /// the preload returns, while the PVIs that do not need them compute (predictive() and
    /// selectionEffect() wait for them). A source that fails to load is left for its accessor to
    /// load again (and report) on first use.
    void preload(const QDate& predictiveAsOf, const std::optional<Period>& effectFor = {});

private:
    Workspace& m_workspace;
    std::optional<std::vector<PersonalizationRule>> m_rules;
    std::optional<OrderSnapshot> m_orders;
    std::optional<EmailFacts> m_email;
    std::optional<OfferFacts> m_offers;
    std::optional<SurveySnapshot> m_surveys;
    std::optional<CesSettings> m_ces;
    std::optional<std::vector<ExperimentAnalysis>> m_experiments;
    std::optional<std::vector<CostEntry>> m_costs;
    std::optional<AnomalySettings> m_anomalySettings;
    std::optional<EngagementFacts> m_engagement;
    std::optional<CustomerLocations> m_locations;
    std::optional<FairnessGroups> m_fairnessGroups;
    std::optional<WebReports> m_webReports;
    std::map<std::pair<qint64, qint64>, CostLedger> m_ledgers;
    std::optional<QString> m_currency;
    std::map<std::pair<qint64, qint64>, SelectionEffect> m_effects;
    std::map<qint64, std::shared_ptr<const PredictiveFit>> m_fits;
    /// The lifetime fits and effects a preload started that no PVI has asked for yet, by day and
    /// by period. Last, so that they are joined before the snapshot and places they read go.
    PendingResults<qint64, std::shared_ptr<const PredictiveFit>> m_fitting;
    PendingResults<std::pair<qint64, qint64>, SelectionEffect> m_estimating;
};

} // namespace pvi
