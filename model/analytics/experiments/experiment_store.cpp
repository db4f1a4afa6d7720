#include "analytics/experiments/experiment_store.h"

#include "store/database.h"
#include "store/transaction.h"

#include <optional>
#include <unordered_map>
#include <utility>

namespace pvi {

namespace {

QString dateText(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

ExperimentStore::ExperimentStore(Database& db)
    : m_db(db) {}

std::int64_t ExperimentStore::save(const Experiment& experiment,
                                   std::optional<std::int64_t> batchId) {
    std::optional<Transaction> transaction;
    if (!m_db.inTransaction())
        transaction.emplace(m_db);
    m_db.prepare("DELETE FROM experiments WHERE name = ?1").bind(1, experiment.name).run();
    m_db.prepare("INSERT INTO experiments (name, metric, started_on, ended_on, batch_id) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, experiment.name)
        .bind(2, experiment.metric)
        .bind(3, dateText(experiment.startedOn))
        .bind(4, dateText(experiment.endedOn))
        .bind(5, batchId)
        .run();
    const std::int64_t experimentId = m_db.lastInsertRowId();
    for (const ExperimentArm& arm : experiment.arms) {
        m_db.prepare("INSERT INTO experiment_arms (experiment_id, name, is_control, "
                     "planned_share, visitors, conversions, revenue_sum, revenue_sum_sq) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
            .bind(1, experimentId)
            .bind(2, arm.name)
            .bind(3, arm.isControl)
            .bind(4, arm.plannedShare)
            .bind(5, arm.conversions.n)
            .bind(6, arm.conversions.conversions)
            .bind(7, arm.revenue.sum)
            .bind(8, arm.revenue.sumSquares)
            .run();
        const std::int64_t armId = m_db.lastInsertRowId();
        for (const ExperimentUnit& unit : arm.units) {
            m_db.prepare("INSERT INTO experiment_units (arm_id, unit_key, converted, revenue) "
                         "VALUES (?1, ?2, ?3, ?4)")
                .bind(1, armId)
                .bind(2, unit.key)
                .bind(3, unit.converted)
                .bind(4, unit.revenue)
                .run();
        }
    }
    if (transaction)
        transaction->commit();
    return experimentId;
}

std::vector<Experiment> ExperimentStore::loadAll(Units units) {
    // Three reads in all, whatever the number of experiments and arms: the units are read in
    // their table's own order (a scan by rowid) and handed to their arms, instead of one query
    // per arm sorting its units by id through the (arm, key) index.
    std::vector<Experiment> experiments;
    std::unordered_map<std::int64_t, std::size_t> experimentIndex;
    {
        Statement select = m_db.prepare(
            "SELECT id, name, metric, started_on, ended_on FROM experiments ORDER BY name");
        while (select.step()) {
            Experiment e;
            e.id = select.columnInt64(0);
            e.name = select.columnText(1);
            e.metric = select.columnText(2);
            e.startedOn = QDate::fromString(select.columnText(3), Qt::ISODate);
            e.endedOn = QDate::fromString(select.columnText(4), Qt::ISODate);
            experimentIndex.emplace(e.id, experiments.size());
            experiments.push_back(std::move(e));
        }
    }
    std::vector<std::pair<std::int64_t, std::pair<std::size_t, std::size_t>>> armPlaces;
    {
        Statement select = m_db.prepare(
            "SELECT id, experiment_id, name, is_control, planned_share, visitors, conversions, "
            "revenue_sum, revenue_sum_sq FROM experiment_arms "
            "ORDER BY experiment_id, is_control DESC, name");
        while (select.step()) {
            const auto experiment = experimentIndex.find(select.columnInt64(1));
            if (experiment == experimentIndex.end())
                continue;
            ExperimentArm arm;
            arm.name = select.columnText(2);
            arm.isControl = select.columnInt(3) != 0;
            arm.plannedShare = select.columnOptionalDouble(4);
            arm.conversions = {select.columnInt64(5), select.columnInt64(6)};
            arm.revenue = {select.columnInt64(5), select.columnDouble(7), select.columnDouble(8)};
            std::vector<ExperimentArm>& arms = experiments[experiment->second].arms;
            armPlaces.push_back({select.columnInt64(0), {experiment->second, arms.size()}});
            arms.push_back(std::move(arm));
        }
    }
    if (units == Units::Skip)
        return experiments;
    std::unordered_map<std::int64_t, ExperimentArm*> armById;
    for (const auto& [armId, place] : armPlaces)
        armById.emplace(armId, &experiments[place.first].arms[place.second]);
    Statement rows = m_db.prepare(
        "SELECT arm_id, unit_key, converted, revenue FROM experiment_units ORDER BY id");
    while (rows.step()) {
        if (const auto arm = armById.find(rows.columnInt64(0)); arm != armById.end())
            arm->second->units.push_back(
                {rows.columnText(1), rows.columnInt(2) != 0, rows.columnDouble(3)});
    }
    return experiments;
}

std::optional<Experiment> ExperimentStore::load(const QString& name) {
    for (Experiment& e : loadAll()) {
        if (e.name == name)
            return std::move(e);
    }
    return std::nullopt;
}

bool ExperimentStore::contains(const QString& name) {
    Statement select = m_db.prepare("SELECT count(*) FROM experiments WHERE name = ?1");
    select.bind(1, name);
    return select.step() && select.columnInt64(0) > 0;
}

void ExperimentStore::remove(const QString& name) {
    m_db.prepare("DELETE FROM experiments WHERE name = ?1").bind(1, name).run();
}

} // namespace pvi
