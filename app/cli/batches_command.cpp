// pvi batches: the recorded imports of a workspace, and removing one with everything it owns
// (the same as the Data page's Remove). See docs/cli-import.md.
#include "cli/command.h"
#include "importers/import_batches.h"
#include "pvi/engine/pvi_json.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage = "usage: pvi batches list WS.pvi [--json]\n"
                               "       pvi batches remove WS.pvi BATCH_ID\n";

QString batchesJson(const std::vector<ImportBatchInfo>& batches) {
    QStringList items;
    for (const ImportBatchInfo& b : batches)
        items << u"{\"id\": %1, \"file\": %2, \"source\": %3, \"imported_at\": %4, "
                 "\"sha256\": %5, \"rows_read\": %6, \"orders_held\": %7, "
                 "\"customer_records_held\": %8, \"issues\": %9}"_s.arg(
                     QString::number(b.id), json::string(b.fileName), json::string(b.source),
                     json::string(b.importedAt), json::string(b.sha256),
                     QString::number(b.rowsRead), QString::number(b.ordersHeld),
                     QString::number(b.customerRecordsHeld), QString::number(b.issueCount));
    return u"["_s + items.join(u", "_s) + u"]\n"_s;
}

int list(Workspace& workspace, bool asJson, Io& io) {
    const std::vector<ImportBatchInfo> batches = listImportBatches(workspace);
    if (asJson) {
        io.out << batchesJson(batches);
        return 0;
    }
    for (const ImportBatchInfo& b : batches)
        io.out << b.id << "\t" << b.importedAt << "\t" << b.source << "\t" << b.fileName << "\t"
               << b.rowsRead << " rows read; holds " << b.ordersHeld << " orders and "
               << b.customerRecordsHeld << " customer records\n";
    if (batches.empty())
        io.out << "no import batches\n";
    return 0;
}

int run(const QStringList& args, Io& io) {
    const QString action = args.value(0);
    const bool listing =
        action == u"list" && (args.size() == 2 || (args.size() == 3 && args.at(2) == u"--json"));
    bool idOk = false;
    const qint64 id = args.value(2).toLongLong(&idOk);
    const bool removing = action == u"remove" && args.size() == 3 && idOk && id > 0;
    if (!listing && !removing) {
        io.err << kUsage;
        return 2;
    }
    const QString path = args.at(1);
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi batches: " << opened.error << "\n";
        return 1;
    }
    try {
        if (listing)
            return list(*opened.workspace, args.size() == 3, io);
        if (opened.workspace->isReadOnly()) {
            io.err << "pvi batches: " << path << " is read-only ("
                   << opened.workspace->readOnlyReason() << "); nothing was removed\n";
            return 1;
        }
        QString error;
        if (!removeImportBatch(*opened.workspace, id, &error)) {
            io.err << "pvi batches: " << error << "\n";
            return 1;
        }
        io.out << "removed batch " << id << " and everything it held\n";
        return 0;
    } catch (const DbError& e) {
        io.err << "pvi batches: " << path << ": " << e.message() << "\n";
        return 1;
    }
}

const CommandRegistration reg{
    {"batches", "batches list|remove WS.pvi ...  recorded imports; remove one", &run}};

} // namespace
} // namespace pvi::cli
