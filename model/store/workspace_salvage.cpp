#include "store/workspace_salvage.h"

#include "store/database.h"
#include "store/db_error.h"
#include "store/migrations.h"
#include "store/schema_check.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

namespace pvi {

namespace {

/// SQL names of the app's own tables and columns are plain identifiers; quote them anyway.
QString quoted(const QString& name) {
    QString q = name;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

/// The columns of `table` in `db` (PRAGMA table_info through the table-valued function).
QStringList columnsOf(Database& db, const QString& table) {
    Statement stmt = db.prepare("SELECT name FROM pragma_table_info(?1)");
    stmt.bind(1, table);
    QStringList columns;
    while (stmt.step())
        columns.append(stmt.columnText(0));
    return columns;
}

/// The type ('table', 'view', ...) of `name` in the source; empty when there is none.
QString objectType(Database& db, const QString& name) {
    Statement stmt = db.prepare("SELECT type FROM sqlite_schema WHERE name = ?1");
    stmt.bind(1, name);
    return stmt.step() ? stmt.columnText(0) : QString();
}

qint64 copyTable(Database& from, Database& to, const QString& table, const QStringList& columns) {
    QStringList names;
    QStringList params;
    for (int i = 0; i < columns.size(); ++i) {
        names << quoted(columns.at(i));
        params << QStringLiteral("?%1").arg(i + 1);
    }
    const QString list = names.join(QStringLiteral(", "));
    Statement read =
        from.prepare(QStringLiteral("SELECT %1 FROM %2").arg(list, quoted(table)).toStdString());
    Statement write = to.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(quoted(table), list, params.join(QStringLiteral(", ")))
                                     .toStdString());
    qint64 rows = 0;
    while (read.step()) {
        for (int i = 0; i < columns.size(); ++i) {
            switch (read.columnType(i)) {
            case SQLITE_INTEGER:
                write.bind(i + 1, read.columnInt64(i));
                break;
            case SQLITE_FLOAT:
                write.bind(i + 1, read.columnDouble(i));
                break;
            case SQLITE_NULL:
                write.bindNull(i + 1);
                break;
            case SQLITE_BLOB: // the packed delivery runs (email_delivery_runs)
                write.bindBlob(i + 1, read.columnBlob(i));
                break;
            default:
                write.bind(i + 1, read.columnText(i));
                break;
            }
        }
        write.run();
        ++rows;
    }
    return rows;
}

} // namespace

SalvageResult salvageWorkspace(const QString& source, const QString& target) {
    SalvageResult result;
    if (QFileInfo::exists(target)) {
        result.error = QStringLiteral("%1 exists already: name a new file for the clean "
                                      "workspace")
                           .arg(target);
        return result;
    }
    bool created = false;
    try {
        Database from(source, Database::OpenMode::ReadOnly);
        if (!hasExpectedMetaTable(from)) {
            result.error = QStringLiteral("%1 has no readable table 'meta': it is not a PVI "
                                          "Studio workspace, or too damaged to salvage")
                               .arg(source);
            return result;
        }
        Statement version = from.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
        const int sourceVersion = version.step() ? version.columnText(0).toInt() : 0;
        if (sourceVersion != latestSchemaVersion()) {
            result.error = QStringLiteral("%1 has workspace schema %2; salvage copies schema %3 "
                                          "only")
                               .arg(source)
                               .arg(sourceVersion)
                               .arg(latestSchemaVersion());
            return result;
        }
        const QStringList tables = expectedTables(sourceVersion);
        Statement others = from.prepare("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE "
                                        "'sqlite_%' ORDER BY type, name");
        while (others.step()) {
            const QString type = others.columnText(0);
            const QString name = others.columnText(1);
            if (type != u"index" && !(type == u"table" && tables.contains(name)))
                result.leftBehind.append(QStringLiteral("%1 '%2'").arg(type, name));
        }

        auto opened = Workspace::open(target, Workspace::Mode::CreateOrOpen);
        if (!opened.workspace) {
            result.error = opened.error;
            return result;
        }
        created = true;
        Database& to = opened.workspace->db();
        to.exec("PRAGMA foreign_keys = OFF");
        {
            Transaction transaction(to);
            for (const QString& table : tables) {
                if (table == u"meta" || objectType(from, table) != u"table")
                    continue;
                const QStringList wanted = columnsOf(to, table);
                const QStringList present = columnsOf(from, table);
                QStringList common;
                for (const QString& column : wanted) {
                    if (present.contains(column))
                        common.append(column);
                }
                if (!common.isEmpty())
                    result.rowsCopied.emplace_back(table, copyTable(from, to, table, common));
            }
            const qint64 dangling =
                to.queryInt("SELECT count(*) FROM pragma_foreign_key_check", -1);
            if (dangling != 0)
                throw DbError(QStringLiteral("%1 row(s) refer to rows that are not there (SQLite's "
                                             "foreign key check)")
                                  .arg(dangling));
            Statement check = to.prepare("PRAGMA integrity_check");
            const QString integrity = check.step() ? check.columnText(0) : QString();
            if (integrity != u"ok")
                throw DbError(
                    QStringLiteral("the copy fails SQLite's integrity check: %1").arg(integrity));
            transaction.commit();
        }
        to.exec("PRAGMA foreign_keys = ON");
        result.ok = true;
    } catch (const DbError& e) {
        result.error = e.message();
        result.rowsCopied.clear();
    }
    if (!result.ok && created) {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(target + QLatin1String(suffix));
    }
    return result;
}

} // namespace pvi
