#include "pvi/engine/pvi_sources.h"

#include "analytics/experiments/experiment_store.h"
#include "pvi/effect/pvi_effect.h"
#include "pvi/engine/workspace_currency.h"
#include "pvi/experiments/pvi_experiments.h"
#include "pvi/lifetime/pvi_predictive.h"
#include "pvi/monitoring/pvi_anomalies.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QFileInfo>

#include <atomic>
#include <functional>
#include <future>
#include <utility>

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

/// The experiments analysed: their PVIs read the arms' totals, never the per-visitor rows.
std::vector<ExperimentAnalysis> loadExperiments(Workspace& workspace) {
    return analyzeExperiments(
        ExperimentStore(workspace.db()).loadAll(ExperimentStore::Units::Skip));
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
    // The e-mail facts' pass has read who received a campaign naming a code.
    return once(m_offers,
                [&] { return OfferFacts::load(m_workspace, rules(), email().offerReceipts); });
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

const std::vector<ExperimentAnalysis>& PviSources::experiments() {
    return once(m_experiments, [&] { return loadExperiments(m_workspace); });
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
    return once(m_locations, [&] { return CustomerLocations::load(m_workspace, &orders()); });
}

const FairnessGroups& PviSources::fairnessGroups() {
    return once(m_fairnessGroups, [&] { return FairnessGroups::load(m_workspace.db()); });
}

const WebReports& PviSources::webReports() {
    return once(m_webReports, [&] { return WebReports::load(m_workspace); });
}

const QString& PviSources::currency() {
    // The order snapshot, when loaded, has counted the orders' currencies in its own pass.
    return once(m_currency,
                [&] { return workspaceCurrency(m_workspace, m_orders ? &*m_orders : nullptr); });
}

namespace {

/// The effect the run estimates for a period: the first exposures before its end, the default
/// window and seed.
EffectRequest effectRequestFor(const Period& period) {
    EffectRequest request;
    request.period = effectStartsAsOf(period.to);
    request.dataEnd = period.to;
    return request;
}

std::pair<qint64, qint64> periodKey(const Period& period) {
    return {period.from.toJulianDay(), period.to.toJulianDay()};
}

} // namespace

const SelectionEffect& PviSources::selectionEffect(const Period& period) {
    const std::pair<qint64, qint64> key = periodKey(period);
    auto it = m_effects.find(key);
    if (it == m_effects.end()) {
        std::optional<SelectionEffect> effect = m_estimating.take(key);
        if (!effect)
            effect = pvi::selectionEffect(orders(), customerLocations(), effectRequestFor(period));
        it = m_effects.emplace(key, std::move(*effect)).first;
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
    const qint64 day = asOf.toJulianDay();
    std::shared_ptr<const PredictiveFit>& fit = m_fits[day];
    if (!fit)
        fit = m_fitting.take(day).value_or(nullptr);
    if (!fit)
        fit = fitPredictive(orders(), asOf);
    return *fit;
}

namespace {

/// What the second lane of a preload loads, each source left empty when it could not be read
/// (its accessor then loads it again and reports).
struct SecondLane {
    std::optional<EmailFacts> email;
    std::optional<SurveySnapshot> surveys;
    std::optional<OfferFacts> offers;
};

template <typename T, typename Load> void tryLoad(std::optional<T>& slot, Load&& load) {
    try {
        slot.emplace(load());
    } catch (const std::exception&) {
    }
}

/// The loads either lane may take, whichever is free first: each is taken once, by one lane,
/// into its own slot.
class EitherLane {
public:
    /// Adds a load into `slot` (which outlives the lanes); only before either lane starts.
    template <typename T, typename Load> void add(std::optional<T>& slot, Load load) {
        m_loads.push_back(
            [&slot, load](Workspace& ws) { tryLoad(slot, [&] { return load(ws); }); });
    }

    /// Adds a load that needs the orders; after every other.
    template <typename T, typename Load> void addNeedingOrders(std::optional<T>& slot, Load load) {
        m_independent = std::min(m_independent, m_loads.size());
        add(slot, load);
    }

    /// Takes the loads no lane has taken yet, one by one, through `workspace`.
    void takeLeft(Workspace& workspace) {
        for (std::size_t k = m_next++; k < m_loads.size(); k = m_next++)
            m_loads[k](workspace);
    }

    /// Takes loads that need no orders, one by one, as long as `waiting()` holds (the lane has
    /// nothing else to do until the orders are in).
    template <typename Waiting> void takeWhile(Workspace& workspace, Waiting&& waiting) {
        while (waiting()) {
            std::size_t k = m_next.load();
            if (k >= m_independent)
                return;
            if (m_next.compare_exchange_weak(k, k + 1))
                m_loads[k](workspace);
        }
    }

private:
    std::vector<std::function<void(Workspace&)>> m_loads;
    std::size_t m_independent = ~std::size_t(0); ///< the loads before it need no orders
    std::atomic<std::size_t> m_next{0};
};

/// The order snapshot the run's thread handed over; throws DbError when it could not be read.
const OrderSnapshot& loadedOrders(const std::shared_future<const OrderSnapshot*>& ready) {
    const OrderSnapshot* snapshot = ready.get();
    if (snapshot == nullptr)
        throw DbError(QStringLiteral("the orders could not be read"));
    return *snapshot;
}

template <typename T> void takeLoaded(std::optional<T>& slot, std::optional<T>& loaded) {
    if (!slot && loaded)
        slot = std::move(loaded);
}

} // namespace

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
    // Two lanes keep both cores busy. The second reads, in turn, the e-mail facts, the offers
    // (which need the e-mail facts' receipts) and the surveys (whose rows it reads while the
    // orders load; their exposure needs the e-mail facts' personalized touches and the order
    // snapshot); this thread reads the orders and what builds on them alone (the currency,
    // counted in the snapshot's pass, the places). The sources that need nothing else (the
    // fairness groups, the experiments, the web reports, the costs) go to whichever lane is free
    // first (the second takes them while it waits for the orders), then the engagement facts,
    // which need the orders. The lifetime fit and the effect adjusted for selection, which read
    // nothing but the order snapshot (and the places), each get a thread of their own once it is
    // in, and go on after the preload returns: their PVIs wait for them.
    try {
        rules();
    } catch (const DbError&) {
        return; // nothing is preloaded: each accessor loads its source and reports
    }
    std::promise<const OrderSnapshot*> snapshotLoaded;
    std::shared_future<const OrderSnapshot*> snapshotReady = snapshotLoaded.get_future().share();
    // The sources that need nothing else, largest first; they outlive both lanes.
    std::optional<FairnessGroups> loadedFairnessGroups;
    std::optional<std::vector<ExperimentAnalysis>> loadedExperiments;
    std::optional<WebReports> loadedWebReports;
    std::optional<std::vector<CostEntry>> loadedCosts;
    EitherLane either;
    if (!m_fairnessGroups)
        either.add(loadedFairnessGroups,
                   [](Workspace& ws) { return FairnessGroups::load(ws.db()); });
    if (!m_experiments)
        either.add(loadedExperiments, [](Workspace& ws) { return loadExperiments(ws); });
    if (!m_webReports)
        either.add(loadedWebReports, [](Workspace& ws) { return WebReports::load(ws); });
    if (!m_costs)
        either.add(loadedCosts, [](Workspace& ws) { return loadCosts(ws); });
    // Last, as they need the orders: by the time a lane gets to them, the orders are in.
    std::optional<EngagementFacts> loadedEngagement;
    if (!m_engagement)
        either.addNeedingOrders(loadedEngagement, [snapshotReady](Workspace& ws) {
            return EngagementFacts::load(ws, loadedOrders(snapshotReady));
        });
    std::future<SecondLane> second;
    if (aFile) {
        second = onItsOwn([rules = *m_rules, snapshotReady, &either, email = !m_email,
                           surveys = !m_surveys, offers = !m_offers](Workspace& ws) {
            SecondLane lane;
            // Until the orders are in, the lane takes the loads that need none.
            const auto ordersWhenIn = [&] {
                either.takeWhile(ws, [&] {
                    return snapshotReady.wait_for(std::chrono::seconds(0)) !=
                           std::future_status::ready;
                });
                return snapshotReady.get();
            };
            // The survey rows need neither the orders nor the e-mail facts: read while the
            // orders load, when the e-mail facts ask for them.
            std::optional<SurveyRows> surveyRows;
            if (email)
                tryLoad(lane.email, [&] {
                    return EmailFacts::load(ws, rules, [&] {
                        if (surveys)
                            tryLoad(surveyRows, [&] { return SurveySnapshot::read(ws); });
                        return ordersWhenIn();
                    });
                });
            // The offers need the e-mail facts alone: read before the surveys' exposure, which
            // waits for the orders (a shop without e-mail data reads them while the orders load).
            if (offers && lane.email)
                tryLoad(lane.offers,
                        [&] { return OfferFacts::load(ws, rules, lane.email->offerReceipts); });
            if (surveys && lane.email)
                tryLoad(lane.surveys, [&] {
                    SurveyRows rows =
                        surveyRows ? std::move(*surveyRows) : SurveySnapshot::read(ws);
                    ordersWhenIn();
                    return SurveySnapshot::expose(ws, std::move(rows), &loadedOrders(snapshotReady),
                                                  &lane.email->personalizedTouches);
                });
            either.takeLeft(ws);
            return lane;
        });
    }
    try {
        const OrderSnapshot* snapshot = nullptr;
        try {
            snapshot = &orders();
        } catch (...) {
            snapshotLoaded.set_value(nullptr);
            throw;
        }
        snapshotLoaded.set_value(snapshot);
        try {
            currency();
        } catch (const DbError&) {
            // Left for the accessor to read again and report.
        }
        const qint64 fitDay = predictiveAsOf.toJulianDay();
        if (predictiveAsOf.isValid() && !m_fits.count(fitDay) && !m_fitting.contains(fitDay))
            m_fitting.start(fitDay, [snapshot, predictiveAsOf] {
                auto fitted = fitPredictive(*snapshot, predictiveAsOf);
                releaseFreedMemory();
                return fitted;
            });
        const CustomerLocations& locations = customerLocations();
        if (effectFor && effectFor->isValid() && !snapshot->orders.empty() &&
            !m_effects.count(periodKey(*effectFor)) &&
            !m_estimating.contains(periodKey(*effectFor)))
            m_estimating.start(periodKey(*effectFor), [snapshot, &locations,
                                                       request = effectRequestFor(*effectFor)] {
                auto effect = pvi::selectionEffect(*snapshot, locations, request);
                releaseFreedMemory();
                return effect;
            });
    } catch (const DbError&) {
        // Left for the accessors to load again and report.
    }
    either.takeLeft(m_workspace);
    // Joined whatever happened above: the lane reads the snapshot and the rules. (The fit and the
    // effect go on: predictive() and selectionEffect() take them.)
    try {
        if (second.valid()) {
            SecondLane lane = second.get();
            takeLoaded(m_email, lane.email);
            takeLoaded(m_surveys, lane.surveys);
            takeLoaded(m_offers, lane.offers);
        }
        takeLoaded(m_fairnessGroups, loadedFairnessGroups);
        takeLoaded(m_experiments, loadedExperiments);
        takeLoaded(m_webReports, loadedWebReports);
        takeLoaded(m_costs, loadedCosts);
        takeLoaded(m_engagement, loadedEngagement);
        // What the lane did not load (no file, or a failure) loads here, or reports later.
        surveys();
        experiments();
        webReports();
        costs();
    } catch (const std::exception&) {
    }
    releaseFreedMemory();
}

} // namespace pvi
