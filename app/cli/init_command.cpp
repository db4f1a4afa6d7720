// pvi init: creates an empty workspace file. See docs/cli-import.md.
#include "cli/command.h"
#include "importers/workspace_contents.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

int run(const QStringList& args, Io& io) {
    if (args.size() != 1 || args.first().startsWith(u'-')) {
        io.err << "usage: pvi init WS.pvi\n";
        return 2;
    }
    const QString path = args.first();
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        // An existing empty workspace is fine; anything else is left alone.
        auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
        if (!opened.workspace) {
            io.err << "pvi init: " << path << " exists and is not an empty workspace ("
                   << opened.error << "); it was not changed\n";
            return 1;
        }
        try {
            if (!workspaceContents(*opened.workspace).isEmpty()) {
                io.err << "pvi init: " << path
                       << " already holds data; it was not changed (remove it or pick another "
                          "name)\n";
                return 1;
            }
        } catch (const DbError& e) {
            io.err << "pvi init: " << path << ": " << e.message() << "\n";
            return 1;
        }
        io.out << path << " is already an empty workspace\n";
        return 0;
    }
    auto created = Workspace::open(path, Workspace::Mode::CreateOrOpen);
    if (!created.workspace) {
        io.err << "pvi init: " << created.error << "\n";
        return 1;
    }
    io.out << "created empty workspace " << path << " (schema "
           << created.workspace->schemaVersion() << ")\n";
    return 0;
}

const CommandRegistration reg{
    {"init", "init WS.pvi                      create an empty workspace", &run}};

} // namespace
} // namespace pvi::cli
