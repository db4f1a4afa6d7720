#pragma once

#include "store/database.h"

#include <QString>

#include <memory>

namespace pvi {

/// A business's workspace: one SQLite file (.pvi) with the canonical tables.
/// Opening applies the connection pragmas (WAL, foreign keys, trusted_schema=OFF, defensive
/// mode) and upgrades an older schema step by step. A file written by a newer PVI Studio is
/// refused and left untouched.
class Workspace {
public:
    enum class Mode {
        OpenExisting, ///< the file must exist and be a workspace
        CreateOrOpen, ///< create an empty workspace when the file does not exist
    };

    /// The workspace, or a message saying why it could not be opened (never throws).
    struct OpenResult {
        std::unique_ptr<Workspace> workspace;
        QString error;
    };
    static OpenResult open(const QString& path, Mode mode);

    Database& db() { return *m_db; }
    const QString& path() const { return m_db->path(); }
    int schemaVersion();

    /// Workspace settings (key/value); the fallback when a key is not set.
    QString setting(const QString& key, const QString& fallback = {});
    void setSetting(const QString& key, const QString& value);

    /// Writes the WAL back into the main file (before copying or comparing files).
    void checkpoint();

private:
    explicit Workspace(std::unique_ptr<Database> db);
    void migrate();

    std::unique_ptr<Database> m_db;
};

} // namespace pvi
