#include "store/workspace.h"

#include "store/checked_workspaces.h"
#include "store/db_error.h"
#include "store/migrations.h"
#include "store/schema_check.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

#include <mutex>
#include <set>
#include <unistd.h>

namespace pvi {

namespace {

constexpr const char* kApplicationId = "PRAGMA application_id";
// "PVIS" in ASCII: lets `file` and us tell a workspace from any other SQLite file.
constexpr std::int64_t kPviApplicationId = 0x50564953;

bool hasMetaTable(Database& db) {
    return db.queryInt(
               "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'") > 0;
}

int storedSchemaVersion(Database& db) {
    if (!hasMetaTable(db))
        return 0;
    Statement stmt = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    return stmt.step() ? stmt.columnText(0).toInt() : 0;
}

/// Why the user cannot write the workspace (empty when they can). access() answers for the
/// real user, a read-only mount included; SQLite also needs to create the -wal, -shm and
/// journal files beside the workspace, so the folder must be writable too.
QString whyNotWritable(const QFileInfo& info) {
    const QByteArray file = QFile::encodeName(info.absoluteFilePath());
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    if (::access(file.constData(), W_OK) != 0)
        return QCoreApplication::translate("pvi::Workspace", "the file is read-only");
    if (::access(folder.constData(), W_OK) != 0)
        return QCoreApplication::translate("pvi::Workspace", "its folder %1 is read-only")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

/// Files found sound in this process (their CheckedWorkspaces stamps): saves re-reading the
/// record when the pages open the workspace for every load.
class SoundInThisProcess {
public:
    bool contains(const QString& stamp) {
        const std::lock_guard lock(m_mutex);
        return !stamp.isEmpty() && m_stamps.count(stamp) > 0;
    }
    void insert(const QString& stamp) {
        const std::lock_guard lock(m_mutex);
        m_stamps.insert(stamp);
    }

private:
    std::mutex m_mutex;
    std::set<QString> m_stamps;
};

SoundInThisProcess& soundInThisProcess() {
    static SoundInThisProcess sound;
    return sound;
}

/// Whether this version of the file passed both checks below before (CheckedWorkspaces says
/// which versions did, across processes): pages open the workspace for every load, and every
/// `pvi` command opens it again.
bool knownSound(const QString& stamp, const QFileInfo& info) {
    return !stamp.isEmpty() && (soundInThisProcess().contains(stamp) ||
                                CheckedWorkspaces::contains(info.absoluteFilePath()));
}

/// SQLite's quick_check (its advice for files from untrusted sources: run it before any other
/// statement): its findings, empty when there are none.
QString quickCheckFailure(Database& db) {
    Statement stmt = db.prepare("PRAGMA quick_check(10)");
    QStringList problems;
    while (stmt.step()) {
        const QString line = stmt.columnText(0);
        if (line != QLatin1String("ok"))
            problems.append(line.left(200));
    }
    return problems.join(QStringLiteral("; "));
}

bool hasNonEmptyWal(const QString& path) {
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db)) {}

Workspace::~Workspace() {
    // A workspace is made only of a file that passed the checks or that its connection created.
    bool ownWritesOnly = false;
    try {
        ownWritesOnly = !m_db->inTransaction() && sqlite3_total_changes64(m_db->handle()) > 0 &&
                        m_db->queryInt("PRAGMA data_version") == m_dataVersion;
    } catch (const DbError&) {
        // Not known: the next open checks the file again.
    }
    const QString path = m_db->path();
    m_db.reset(); // the last connection to close writes the WAL back into the file
    if (ownWritesOnly)
        CheckedWorkspaces::add(QFileInfo(path).absoluteFilePath());
}

Workspace::OpenResult Workspace::open(const QString& path, Mode mode) {
    OpenResult result;
    const QFileInfo info(path);
    if (mode == Mode::OpenExisting && !info.exists()) {
        result.error =
            QCoreApplication::translate("pvi::Workspace", "%1: no such workspace file").arg(path);
        return result;
    }
    const bool fresh = !info.exists() || info.size() == 0;
    const QString readOnly = fresh ? QString() : whyNotWritable(info);
    try {
        Database::OpenMode openMode = Database::OpenMode::ReadWrite;
        if (!readOnly.isEmpty())
            // Without a WAL to read, an immutable connection needs no -wal/-shm file and no lock.
            openMode = hasNonEmptyWal(path) ? Database::OpenMode::ReadOnly
                                            : Database::OpenMode::ReadOnlyImmutable;
        else if (mode == Mode::CreateOrOpen)
            openMode = Database::OpenMode::ReadWriteCreate;
        std::unique_ptr<Database> db;
        try {
            db = std::make_unique<Database>(path, openMode);
            // SQLite opens lazily: the first read is where it needs the -wal and -shm files.
            if (openMode == Database::OpenMode::ReadOnly)
                db->queryInt("SELECT count(*) FROM sqlite_schema");
        } catch (const DbError& e) {
            if (openMode != Database::OpenMode::ReadOnly)
                throw;
            result.error =
                QCoreApplication::translate("pvi::Workspace",
                                            "%1: %2, and %3-wal holds changes not yet written into "
                                            "the file, which SQLite can only read with write "
                                            "access to the folder (%4). Open it once where it is "
                                            "writable.")
                    .arg(path, readOnly, path, e.message());
            return result;
        }
        // Read before writing anything: a file we cannot understand must stay as it is.
        const QString stamp =
            fresh ? QString() : CheckedWorkspaces::stampOf(info.absoluteFilePath());
        const bool checkedBefore = knownSound(stamp, info);
        if (!fresh && !checkedBefore) {
            const QString damage = quickCheckFailure(*db);
            if (!damage.isEmpty()) {
                result.error =
                    QCoreApplication::translate("pvi::Workspace",
                                                "%1 is damaged (SQLite's check found: %2). The "
                                                "file was not changed.")
                        .arg(path, damage);
                return result;
            }
        }
        const std::int64_t appId = db->queryInt(kApplicationId);
        const bool emptyFile = db->queryInt("SELECT count(*) FROM sqlite_schema") == 0;
        if (!emptyFile && appId != kPviApplicationId) {
            result.error =
                QCoreApplication::translate("pvi::Workspace",
                                            "%1 is an SQLite file, but not a PVI Studio workspace")
                    .arg(path);
            return result;
        }
        if (!emptyFile && hasMetaTable(*db) && !hasExpectedMetaTable(*db)) {
            result.error =
                QCoreApplication::translate("pvi::Workspace",
                                            "%1 was altered by another program: its table 'meta' "
                                            "differs from the one PVI Studio creates. The file was "
                                            "not changed.")
                    .arg(path);
            return result;
        }
        const int version = storedSchemaVersion(*db);
        if (version > latestSchemaVersion()) {
            result.error =
                QCoreApplication::translate(
                    "pvi::Workspace", "%1 was written by a newer PVI Studio (workspace schema "
                                      "%2; this version reads up to %3). The file was not "
                                      "changed; open it with the newer version.")
                    .arg(path)
                    .arg(version)
                    .arg(latestSchemaVersion());
            return result;
        }
        if (!emptyFile && !checkedBefore) {
            const QString unexpected = unexpectedSchemaObject(*db, version);
            if (!unexpected.isEmpty()) {
                result.error = QCoreApplication::translate(
                                   "pvi::Workspace", "%1 was altered by another program and is not "
                                                     "opened: it has %2. The file was not changed.")
                                   .arg(path, unexpected);
                return result;
            }
        }
        // Remembered only once the file passed both the page check and the schema check.
        if (!stamp.isEmpty() && !checkedBefore)
            CheckedWorkspaces::add(info.absoluteFilePath());
        if (!stamp.isEmpty())
            soundInThisProcess().insert(stamp);
        if (!readOnly.isEmpty()) {
            if (emptyFile || version < latestSchemaVersion()) {
                result.error =
                    QCoreApplication::translate("pvi::Workspace",
                                                "%1 was written by an older PVI Studio and must be "
                                                "upgraded before it can be read, but %2. Open it "
                                                "once where it is writable.")
                        .arg(path, readOnly);
                return result;
            }
            db->exec("PRAGMA query_only = ON");
            std::unique_ptr<Workspace> workspace(new Workspace(std::move(db)));
            workspace->m_readOnlyReason = readOnly;
            result.workspace = std::move(workspace);
            return result;
        }
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = NORMAL");
        db->exec("PRAGMA foreign_keys = ON");
        if (fresh || emptyFile)
            db->exec("PRAGMA application_id = " + std::to_string(kPviApplicationId));
        std::unique_ptr<Workspace> workspace(new Workspace(std::move(db)));
        workspace->m_dataVersion = workspace->m_db->queryInt("PRAGMA data_version");
        workspace->migrate();
        result.workspace = std::move(workspace);
    } catch (const DbError& e) {
        result.error = QStringLiteral("%1: %2").arg(path, e.message());
    }
    return result;
}

void Workspace::migrate() {
    if (!hasMetaTable(*m_db)) {
        Transaction tx(*m_db);
        m_db->exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;"
                   "INSERT INTO meta(key, value) VALUES ('schema_version', '0');");
        tx.commit();
    }
    const int current = storedSchemaVersion(*m_db);
    for (const Migration& step : migrations()) {
        if (step.version <= current)
            continue;
        Transaction tx(*m_db);
        m_db->exec(step.sql);
        if (step.fill)
            step.fill(*m_db);
        m_db->prepare("UPDATE meta SET value = ?1 WHERE key = 'schema_version'")
            .bind(1, QString::number(step.version))
            .run();
        tx.commit();
    }
}

int Workspace::schemaVersion() {
    return storedSchemaVersion(*m_db);
}

QString Workspace::setting(const QString& key, const QString& fallback) {
    Statement stmt = m_db->prepare("SELECT value FROM settings WHERE key = ?1");
    stmt.bind(1, key);
    QString value;
    try {
        if (!stmt.step())
            return fallback;
        value = stmt.columnText(0);
    } catch (const DbError&) {
        if ((m_db->lastErrorCode() & 0xff) != SQLITE_TOOBIG)
            throw;
        value = QStringLiteral("?").repeated(kMaxSettingLength + 1);
    }
    if (value.size() > kMaxSettingLength) {
        qWarning().noquote() << QStringLiteral("%1: the setting '%2' is longer than %3 "
                                               "characters and is ignored")
                                    .arg(path(), key.left(100))
                                    .arg(kMaxSettingLength);
        return fallback;
    }
    return value;
}

void Workspace::setSetting(const QString& key, const QString& value) {
    m_db->prepare("INSERT INTO settings(key, value) VALUES (?1, ?2) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

void Workspace::checkpoint() {
    m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace pvi
