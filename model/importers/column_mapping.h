#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pvi {

class Workspace;

/// One order field the generic CSV importer can fill from a column the user chooses.
struct CanonicalField {
    QString id;    ///< stable id, e.g. "order_id" (used by --map and in saved mappings)
    QString label; ///< for the user, e.g. "Order id"
    bool required = false;
    QString hint; ///< what the column should hold, e.g. "an amount such as 12.50"
};

/// The canonical fields the generic importer can fill, required ones first.
const QList<CanonicalField>& genericOrderFields();

/// A stable signature of a header row (normalized column names), for remembering mappings.
QString headerSignature(const QStringList& header);

/// canonical field id -> column header text
using ColumnMapping = QHash<QString, QString>;

/// Columns a mapping lacks or that are not in the header; empty when the mapping is usable.
QStringList mappingProblems(const ColumnMapping& mapping, const QStringList& header);

/// A best guess from column names (e.g. "E-mail" -> email), for pre-filling the mapping step.
ColumnMapping guessMapping(const QStringList& header);

/// Stored mappings (table column_mappings, schema v5: header_signature, target, mapping_json,
/// saved_at). The saved mapping for a header signature, if any.
std::optional<ColumnMapping> savedMapping(Workspace& workspace, const QString& signature);

/// Saves (or replaces) the mapping used for headers with this signature.
void saveMapping(Workspace& workspace, const QString& signature, const ColumnMapping& mapping,
                 const QDateTime& savedAt);

} // namespace pvi
