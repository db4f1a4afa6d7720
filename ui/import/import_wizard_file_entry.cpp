#include "import/import_wizard_file_entry.h"

#include "import/import_texts.h"
#include "importers/header_map.h"
#include "importers/importer_registry.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pvi {

QStringList importFileProblems(const ImportFileEntry& entry) {
    if (!entry.scanned)
        return {ImportTexts::tr("The file is still being read.")};
    if (!entry.scan.ok())
        return {entry.scan.error};
    if (entry.source.isEmpty())
        return {ImportTexts::tr("No importer recognises this header: choose a source.")};
    if (entry.isGeneric()) {
        if (!entry.mapping)
            return {ImportTexts::tr("Its columns are not mapped yet (step Mapping).")};
        QStringList problems;
        for (const QString& problem : mappingProblems(*entry.mapping, entry.scan.header))
            problems.append(ImportTexts::tr("Mapping: %1.").arg(problem));
        return problems;
    }
    const ImporterSpec* spec = ImporterRegistry::instance().find(entry.source);
    if (!spec)
        return {ImportTexts::tr("Unknown source “%1”.").arg(entry.source)};
    QStringList problems;
    const QStringList missing =
        ImporterRegistry::missingColumns(*spec, HeaderMap(entry.scan.header));
    for (const QString& column : missing)
        problems.append(
            ImportTexts::tr("Required column “%1” is missing for a %2.").arg(column, spec->title));
    return problems;
}

} // namespace pvi
