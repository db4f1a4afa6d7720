// pvi doctor: whether a workspace file opens safely, and, for one altered by another program (a
// trigger, a view or a table PVI Studio does not create), a copy of its data into a clean
// workspace. See docs/reliability.md.
#include "cli/command.h"
#include "store/database.h"
#include "store/db_error.h"
#include "store/workspace.h"
#include "store/workspace_salvage.h"

#include <QStringList>

namespace pvi::cli {
namespace {

constexpr const char* kUsage = "usage: pvi doctor WS.pvi [--salvage CLEAN.pvi]\n";

int check(const QString& path, Io& io) {
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi doctor: " << opened.error << "\n"
               << "To copy its data into a clean workspace, without running anything the file "
                  "holds: pvi doctor "
               << path << " --salvage CLEAN.pvi\n";
        return 1;
    }
    try {
        Database& db = opened.workspace->db();
        const qint64 batches = db.queryInt("SELECT count(*) FROM import_batches");
        const qint64 orders = db.queryInt("SELECT count(*) FROM orders");
        io.out << path << " opens safely: its schema is the one PVI Studio creates, SQLite's "
               << "check found no damage; " << batches << " import batches, " << orders
               << " orders";
        if (opened.workspace->isReadOnly())
            io.out << "; read-only (" << opened.workspace->readOnlyReason() << ")";
        io.out << "\n";
        return 0;
    } catch (const DbError& e) {
        io.err << "pvi doctor: " << path << ": " << e.message() << "\n";
        return 1;
    }
}

int salvage(const QString& path, const QString& target, Io& io) {
    const SalvageResult result = salvageWorkspace(path, target);
    if (!result.ok) {
        io.err << "pvi doctor: " << result.error << "; nothing was written\n";
        return 1;
    }
    qint64 total = 0;
    for (const auto& [table, rows] : result.rowsCopied) {
        total += rows;
        if (rows > 0)
            io.out << "  " << table << ": " << rows << " rows\n";
    }
    io.out << "copied " << total << " rows into the clean workspace " << target << "\n";
    if (!result.leftBehind.isEmpty())
        io.out << "left behind (never run, not copied): "
               << result.leftBehind.join(QStringLiteral(", ")) << "\n";
    io.out << path << " was not changed\n";
    return 0;
}

int run(const QStringList& args, Io& io) {
    if (args.size() == 1)
        return check(args.at(0), io);
    if (args.size() == 3 && args.at(1) == QLatin1String("--salvage"))
        return salvage(args.at(0), args.at(2), io);
    io.err << kUsage;
    return 2;
}

const CommandRegistration reg{
    {"doctor", "doctor WS.pvi [--salvage CLEAN.pvi]  check a workspace file; rescue its data",
     &run}};

} // namespace
} // namespace pvi::cli
