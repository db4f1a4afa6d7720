#include "analytics/experiments/experiment_store.h"

#include "store/database.h"
#include "store/transaction.h"

#include <optional>

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

std::vector<ExperimentArm> ExperimentStore::loadArms(std::int64_t experimentId) {
    std::vector<ExperimentArm> arms;
    std::vector<std::int64_t> ids;
    {
        Statement select = m_db.prepare(
            "SELECT id, name, is_control, planned_share, visitors, conversions, revenue_sum, "
            "revenue_sum_sq FROM experiment_arms WHERE experiment_id = ?1 "
            "ORDER BY is_control DESC, name");
        select.bind(1, experimentId);
        while (select.step()) {
            ExperimentArm arm;
            ids.push_back(select.columnInt64(0));
            arm.name = select.columnText(1);
            arm.isControl = select.columnInt(2) != 0;
            arm.plannedShare = select.columnOptionalDouble(3);
            arm.conversions = {select.columnInt64(4), select.columnInt64(5)};
            arm.revenue = {select.columnInt64(4), select.columnDouble(6), select.columnDouble(7)};
            arms.push_back(std::move(arm));
        }
    }
    for (std::size_t i = 0; i < arms.size(); ++i) {
        Statement units = m_db.prepare("SELECT unit_key, converted, revenue FROM experiment_units "
                                       "WHERE arm_id = ?1 ORDER BY id");
        units.bind(1, ids[i]);
        while (units.step())
            arms[i].units.push_back(
                {units.columnText(0), units.columnInt(1) != 0, units.columnDouble(2)});
    }
    return arms;
}

std::vector<Experiment> ExperimentStore::loadAll() {
    std::vector<Experiment> experiments;
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
            experiments.push_back(std::move(e));
        }
    }
    for (Experiment& e : experiments)
        e.arms = loadArms(e.id);
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
