#pragma once

#include "store/database.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace pvi {

/// A business's workspace: one SQLite file (.pvi) with the canonical tables.
/// A workspace is a document people pass around, so opening treats the file as untrusted: it
/// runs SQLite's quick_check, then compares the file's schema with what this version's
/// migrations create and refuses any other trigger, view, index or table, all before writing
/// anything (docs/reliability.md). It then applies the connection pragmas (WAL, foreign keys)
/// and upgrades an older schema step by step. A file written by a newer PVI Studio is refused
/// and left untouched. A file the user cannot write (or in a folder they cannot write) opens
/// read-only, without creating -wal/-shm files.
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
    /// Closes the workspace. A file that passed the checks when opened (or was created by this
    /// connection), and that no other connection has written to since, is remembered as checked
    /// again as this connection left it (CheckedWorkspaces): its own writes (an import, a
    /// migration) keep it as sound as it was, so the next open does not read the whole file
    /// again.
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    Database& db() { return *m_db; }
    const QString& path() const { return m_db->path(); }
    int schemaVersion();

    /// Whether the workspace was opened read-only (nothing can be imported or edited).
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /// Why it is read-only, for people ("the file is read-only"); empty when writable.
    const QString& readOnlyReason() const { return m_readOnlyReason; }

    /// The longest setting value the app reads, in characters; longer values are ignored.
    static constexpr int kMaxSettingLength = 1000;

    /// Workspace settings (key/value); the fallback when a key is not set. A stored value longer
    /// than kMaxSettingLength (or too large for SQLite's limit) is ignored with a warning and
    /// the fallback returned: settings are checked where they are read, never trusted.
    QString setting(const QString& key, const QString& fallback = {});
    void setSetting(const QString& key, const QString& value);

    /// Writes the WAL back into the main file (before copying or comparing files).
    void checkpoint();

private:
    explicit Workspace(std::unique_ptr<Database> db);
    void migrate();

    std::unique_ptr<Database> m_db;
    QString m_readOnlyReason;
    std::int64_t m_dataVersion = 0; ///< PRAGMA data_version then: other connections' commits
};

} // namespace pvi
