#include "pvi/engine/pvi_sources.h"

#include "analytics/experiments/experiment_store.h"
#include "pvi/effect/pvi_effect.h"
#include "pvi/engine/workspace_currency.h"
#include "pvi/lifetime/pvi_predictive.h"
#include "pvi/monitoring/pvi_anomalies.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QFileInfo>

#include <future>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace pvi {

namespace {

/// Hands memory freed by a loader back to the system. glibc keeps what a thread frees in that
/// thread's own malloc arena, which the run's thread never reuses: about 90 MB of the large
/// shop's peak stayed counted in the run's memory otherwise.
void releaseFreedMemory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

template <typename T, typename Load> const T& once(std::optional<T>& slot, Load&& load) {
    if (!slot)
        slot.emplace(load());
    return *slot;
}

} // namespace

const std::vector<PersonalizationRule>& PviSources::rules() {
    return once(m_rules, [&] { return PersonalizationRules::list(m_workspace); });
}

const OrderSnapshot& PviSources::orders() {
    return once(m_orders, [&] { return OrderSnapshot::load(m_workspace); });
}

const EmailFacts& PviSources::email() {
    return once(m_email, [&] { return EmailFacts::load(m_workspace, rules()); });
}

const OfferFacts& PviSources::offers() {
    return once(m_offers, [&] { return OfferFacts::load(m_workspace, rules()); });
}

const SurveySnapshot& PviSources::surveys() {
    // The e-mail facts' pass has read who received a personalized campaign: the survey
    // exposure takes it from there instead of reading the recipient rows again.
    return once(m_surveys, [&] {
        return SurveySnapshot::load(m_workspace, &orders(), &email().personalizedTouches);
    });
}

const CesSettings& PviSources::ces() {
    return once(m_ces, [&] { return CesSettings::load(m_workspace); });
}

const std::vector<Experiment>& PviSources::experiments() {
    return once(m_experiments, [&] { return ExperimentStore(m_workspace.db()).loadAll(); });
}

const std::vector<CostEntry>& PviSources::costs() {
    return once(m_costs, [&] { return loadCosts(m_workspace); });
}

const AnomalySettings& PviSources::anomalySettings() {
    return once(m_anomalySettings, [&] { return loadAnomalySettings(m_workspace); });
}

const EngagementFacts& PviSources::engagement() {
    return once(m_engagement, [&] { return EngagementFacts::load(m_workspace, orders()); });
}

const CustomerLocations& PviSources::customerLocations() {
    return once(m_locations, [&] { return CustomerLocations::load(m_workspace); });
}

const FairnessGroups& PviSources::fairnessGroups() {
    return once(m_fairnessGroups, [&] { return FairnessGroups::load(m_workspace.db()); });
}

const WebReports& PviSources::webReports() {
    return once(m_webReports, [&] { return WebReports::load(m_workspace); });
}

const QString& PviSources::currency() {
    return once(m_currency, [&] { return workspaceCurrency(m_workspace); });
}

const SelectionEffect& PviSources::selectionEffect(const Period& period) {
    const std::pair<qint64, qint64> key{period.from.toJulianDay(), period.to.toJulianDay()};
    auto it = m_effects.find(key);
    if (it == m_effects.end()) {
        EffectRequest request;
        request.period = effectStartsAsOf(period.to);
        request.dataEnd = period.to;
        it = m_effects.emplace(key, pvi::selectionEffect(orders(), customerLocations(), request))
                 .first;
    }
    return it->second;
}

const CostLedger& PviSources::costLedger(const Period& period) {
    const std::pair<qint64, qint64> key{period.from.toJulianDay(), period.to.toJulianDay()};
    auto it = m_ledgers.find(key);
    if (it == m_ledgers.end())
        it = m_ledgers.emplace(key, costLedgerFor(m_workspace, orders(), costs(), period)).first;
    return it->second;
}

const PredictiveFit& PviSources::predictive(const QDate& asOf) {
    std::shared_ptr<const PredictiveFit>& fit = m_fits[asOf.toJulianDay()];
    if (!fit)
        fit = fitPredictive(m_workspace, orders(), asOf);
    return *fit;
}

void PviSources::preload(const QDate& predictiveAsOf, const std::optional<Period>& effectFor) {
    const QString path = m_workspace.path();
    const bool aFile = !path.isEmpty() && path != u":memory:" && QFileInfo::exists(path);
    // A task on a thread of its own, reading through its own connection.
    const auto onItsOwn = [&path](auto load) {
        return std::async(std::launch::async, [path, load] {
            auto loaded = [&] {
                auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
                if (!opened.workspace)
                    throw DbError(opened.error);
                return load(*opened.workspace);
            }();
            releaseFreedMemory();
            return loaded;
        });
    };
    std::future<EmailFacts> email;
    if (aFile && !m_email) {
        email = onItsOwn([rules = rules()](Workspace& ws) { return EmailFacts::load(ws, rules); });
    }
    std::future<std::shared_ptr<const PredictiveFit>> fit;
    try {
        const OrderSnapshot& snapshot = orders();
        if (aFile && predictiveAsOf.isValid() && !m_fits.count(predictiveAsOf.toJulianDay()))
            fit = onItsOwn([&snapshot, predictiveAsOf](Workspace& ws) {
                return fitPredictive(ws, snapshot, predictiveAsOf);
            });
        customerLocations();
        try {
            if (effectFor && effectFor->isValid() && !snapshot.orders.empty())
                selectionEffect(*effectFor);
        } catch (const DbError&) {
            // Left for the PVI to estimate again and report.
        }
        offers();
        engagement();
        webReports();
        experiments();
        costs();
    } catch (const DbError&) {
        // Left for the accessors to load again and report.
    }
    // Joined whatever happened above: the tasks read the snapshot and the rules.
    try {
        if (email.valid())
            m_email = email.get();
        surveys(); // after the e-mail facts, whose personalized touches it reads
    } catch (const std::exception&) {
    }
    try {
        if (fit.valid())
            m_fits[predictiveAsOf.toJulianDay()] = fit.get();
    } catch (const std::exception&) {
    }
    releaseFreedMemory();
}

} // namespace pvi
