#pragma once

#include <span>

namespace pvi {

class Database;

/// One forward step of the workspace schema. Steps run in order, each in its own transaction
/// that also writes its version into meta.schema_version.
struct Migration {
    int version;
    const char* description;
    const char* sql;
    /// Fills what the step's SQL created from the data already there (derived facts), or null.
    void (*fill)(Database& db) = nullptr;
};

/// All migrations, oldest first. The last one's version is the schema this build writes.
std::span<const Migration> migrations();
int latestSchemaVersion();

} // namespace pvi
