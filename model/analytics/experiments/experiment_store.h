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
    /// Whether loadAll reads each unit's key (the analyses read the units' outcomes only).
    enum class UnitKeys { Read, Skip };
    /// Every experiment, ordered by name, with arms (control first) and units (their keys left
    /// empty with UnitKeys::Skip: the large shop's 463,207 keys are 45 MB).
    std::vector<Experiment> loadAll(UnitKeys keys = UnitKeys::Read);
    /// The experiment with this name, if stored.
    std::optional<Experiment> load(const QString& name);
    /// Removes the experiment (its arms and units go with it).
    void remove(const QString& name);

private:
    Database& m_db;
};

} // namespace pvi
