#include "import/import_wizard_file_entry.h"

#include "importers/header_map.h"
#include "importers/importer_registry.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pvi {

QStringList importFileProblems(const ImportFileEntry& entry) {
    if (!entry.scanned)
        return {u"The file is still being read."_s};
    if (!entry.scan.ok())
        return {entry.scan.error};
    if (entry.source.isEmpty())
        return {u"No importer recognises this header: choose a source."_s};
    if (entry.isGeneric()) {
        if (!entry.mapping)
            return {u"Its columns are not mapped yet (step Mapping)."_s};
        QStringList problems;
        for (const QString& problem : mappingProblems(*entry.mapping, entry.scan.header))
            problems.append(u"Mapping: %1."_s.arg(problem));
        return problems;
    }
    const ImporterSpec* spec = ImporterRegistry::instance().find(entry.source);
    if (!spec)
        return {u"Unknown source “%1”."_s.arg(entry.source)};
    QStringList problems;
    const QStringList missing =
        ImporterRegistry::missingColumns(*spec, HeaderMap(entry.scan.header));
    for (const QString& column : missing)
        problems.append(u"Required column “%1” is missing for a %2."_s.arg(column, spec->title));
    return problems;
}

} // namespace pvi
