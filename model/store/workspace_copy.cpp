#include "store/workspace_copy.h"

#include "store/database.h"
#include "store/workspace.h"

#include <QFile>

#include <sqlite3.h>

namespace pvi {

namespace {

/// Copies every page of `from`'s main database into `to`'s in one step (SQLite's online backup);
/// an empty string on success, else SQLite's reason.
QString copyPages(sqlite3* to, sqlite3* from) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return QString::fromUtf8(sqlite3_errmsg(to));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        return QString::fromUtf8(sqlite3_errstr(stepped));
    if (finished != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errstr(finished));
    return {};
}

} // namespace

bool copyWorkspaceData(Workspace& workspace, const QString& copyPath, QString* error) {
    // The backup API rather than VACUUM INTO: the workspace's connections attach nothing
    // (SQLITE_LIMIT_ATTACHED is 0), and a page copy needs no attachment.
    sqlite3* copy = nullptr;
    const QByteArray name = copyPath.toUtf8();
    QString failure;
    if (sqlite3_open_v2(name.constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK)
        failure = QString::fromUtf8(sqlite3_errmsg(copy));
    else
        failure = copyPages(copy, workspace.db().handle());
    sqlite3_close(copy);
    if (failure.isEmpty())
        return true;
    QFile::remove(copyPath);
    if (error)
        *error = QStringLiteral("the workspace could not be copied aside: %1").arg(failure);
    return false;
}

bool restoreWorkspaceData(const QString& path, const QString& copyPath, QString* error) {
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    // The copy is read through the same checks as any workspace file (schema, settings).
    auto copy = Workspace::open(copyPath, Workspace::Mode::OpenExisting);
    if (!copy.workspace)
        return fail(QStringLiteral("the copy cannot be read: %1").arg(copy.error));
    auto target = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!target.workspace)
        return fail(target.error);
    if (target.workspace->isReadOnly())
        return fail(QStringLiteral("the workspace cannot be changed: %1")
                        .arg(target.workspace->readOnlyReason()));
    sqlite3* to = target.workspace->db().handle();
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", copy.workspace->db().handle(), "main");
    if (!backup)
        return fail(QStringLiteral("the copy cannot be put back: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(to))));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return fail(QStringLiteral("the copy could not be put back (%1); the workspace is as it "
                                   "was")
                        .arg(QString::fromUtf8(
                            sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished))));
    return true;
}

} // namespace pvi
