// libFuzzer harness: every importer end to end into an in-memory workspace. The first byte
// picks the importer (or, past the last one, detection from the header); the rest is the file.
// The import must end in a report, never a crash, and leave the workspace consistent.
#include "fuzz_input_file.h"
#include "importers/import_runner.h"
#include "importers/importer_registry.h"
#include "importers/importer_spec.h"
#include "store/workspace.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    const auto specs = pvi::ImporterRegistry::instance().specs();
    const size_t choice = data[0] % (specs.size() + 1);
    const QString path = pvi::fuzz::inputFile(data + 1, size - 1, ".csv");
    auto opened =
        pvi::Workspace::open(QStringLiteral(":memory:"), pvi::Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        std::abort(); // an in-memory workspace always opens
    pvi::ImportOptions options;
    options.importedAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    if (choice < specs.size())
        options.forcedSource = specs[choice]->id;
    const pvi::ImportReport report = pvi::importFile(*opened.workspace, path, options);
    // All or nothing: a rejected file leaves no batch behind.
    const auto batches = opened.workspace->db().queryInt("SELECT count(*) FROM import_batches");
    if (!report.ok && batches != 0)
        std::abort();
    if (report.ok && batches != 1)
        std::abort();
    return 0;
}
