#pragma once

#include "analytics/experiments/experiment.h"

#include <optional>
#include <vector>

namespace pvi {

class Database;

/// Saves and loads experiments in a workspace (tables experiments, experiment_arms,
/// experiment_units of schema v2). Throws DbError from the store on SQL failures.
class ExperimentStore {
public:
    explicit ExperimentStore(Database& db);

    /// Inserts or replaces (by name) the experiment with its arms and units, in one transaction
    /// (or inside the caller's open one). `batchId` is the import batch that owns it (removing
    /// the batch removes it); none for experiments typed in or imported with `pvi abtest`.
    /// Returns its id.
    std::int64_t save(const Experiment& experiment,
                      std::optional<std::int64_t> batchId = std::nullopt);
    /// Whether an experiment with this name is stored.
    bool contains(const QString& name);
    /// Whether loadAll reads the per-visitor rows. The PVIs read the arms' totals alone (the
    /// rows serve the revenue rank test and CUPED of the A/B test page): the large shop has
    /// 463,207 of them.
    enum class Units { Read, Skip };
    /// Every experiment, ordered by name, with arms (control first), their totals and, unless
    /// skipped, their per-visitor rows.
    std::vector<Experiment> loadAll(Units units = Units::Read);
    /// The experiment with this name, if stored.
    std::optional<Experiment> load(const QString& name);
    /// Removes the experiment (its arms and units go with it).
    void remove(const QString& name);

private:
    Database& m_db;
};

} // namespace pvi
