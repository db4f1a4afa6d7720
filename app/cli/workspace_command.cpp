#include "cli/workspace_command.h"

#include "store/db_error.h"
#include "store/workspace.h"

using namespace Qt::StringLiterals;

namespace pvi::cli {

bool isListing(const QStringList& args) {
    return args.value(0) == u"list" &&
           (args.size() == 2 || (args.size() == 3 && args.at(2) == u"--json"));
}

int withWorkspace(const QString& path, const char* name, bool writes, Io& io,
                  const std::function<int(Workspace&)>& action) {
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << name << ": " << opened.error << "\n";
        return 1;
    }
    if (writes && opened.workspace->isReadOnly()) {
        io.err << name << ": " << path << " is read-only (" << opened.workspace->readOnlyReason()
               << "); nothing was changed\n";
        return 1;
    }
    try {
        return action(*opened.workspace);
    } catch (const DbError& e) {
        io.err << name << ": " << path << ": " << e.message() << "\n";
        return 1;
    }
}

} // namespace pvi::cli
