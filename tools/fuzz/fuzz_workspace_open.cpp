// libFuzzer harness: Workspace::open on arbitrary bytes as a .pvi file (seeded with real
// workspaces and hostile variants), then the reads every page starts with. It must refuse
// what it cannot use with a message, never crash or hang.
#include "fuzz_input_file.h"
#include "pvi/engine/workspace_currency.h"
#include "pvi/engine/workspace_settings.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString path = pvi::fuzz::inputFile(data, size, ".pvi");
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::OpenExisting);
    if (!opened.workspace)
        return 0;
    try {
        (void)opened.workspace->schemaVersion();
        (void)pvi::loadSettingValues(*opened.workspace);
        (void)pvi::workspaceCurrency(*opened.workspace);
        (void)opened.workspace->db().queryInt("SELECT count(*) FROM orders");
    } catch (const pvi::DbError&) {
        // A damaged page met while reading is an error value, as for any reader.
    }
    return 0;
}
