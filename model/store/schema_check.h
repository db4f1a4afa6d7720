#pragma once

#include <QString>
#include <QStringList>

namespace pvi {

class Database;

/// Compares a workspace file's schema (`sqlite_schema`) with what this build's migrations create
/// up to `version`. Returns why the file must not be opened (an object it does not create — a
/// trigger, a view, an index, a virtual table or a table — one that differs from its definition,
/// or one that is missing), or an empty string when the schema is exactly the expected one.
/// Reads `sqlite_schema` only: no trigger or view of the file can run. Throws DbError.
QString unexpectedSchemaObject(Database& db, int version);

/// The tables the migrations create up to `version`, in the order they create them (parents before
/// the tables that refer to them), `meta` included.
QStringList expectedTables(int version);

/// The table `meta` exactly as the workspace creates it (checked before its version is read).
bool hasExpectedMetaTable(Database& db);

} // namespace pvi
