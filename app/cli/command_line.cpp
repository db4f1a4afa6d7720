#include "cli/command_line.h"

#include "cli/command.h"
#include "pvi/engine/build_info.h"

#include <QLocale>

#include <algorithm>

namespace pvi::cli {

int runCommandLine(QCoreApplication& app) {
    QCoreApplication::setApplicationName(QStringLiteral("pvi"));
    QCoreApplication::setOrganizationName(QStringLiteral("PVI Studio"));
    // The command line loads no translation and writes its numbers and dates (reports included,
    // which share the window's formatting) in one locale whatever the system's: scripts and
    // JSON read the same output everywhere.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io{out, err};

    auto& table = commandTable();
    std::sort(table.begin(), table.end(),
              [](const auto& a, const auto& b) { return qstrcmp(a.name, b.name) < 0; });

    QStringList args = app.arguments().mid(1);
    if (args.size() == 1 && (args.first() == u"--version" || args.first() == u"-v")) {
        out << "pvi " << studioVersion() << " (PVI Studio)\n";
        for (const LibraryVersion& library : libraryVersions())
            out << library.name << " " << library.version << " (" << library.licence << ")\n";
        return 0;
    }
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"help") {
        out << "Usage: pvi COMMAND [ARGS...]\n       pvi --version\n\nCommands:\n";
        for (const auto& command : table)
            out << "  " << command.usage << "\n";
        return args.isEmpty() ? 2 : 0;
    }
    const QString name = args.takeFirst();
    for (const auto& command : table) {
        if (name == QLatin1String(command.name))
            return command.run(args, io);
    }
    err << "pvi: unknown command '" << name << "'. Run 'pvi --help' for the list.\n";
    return 2;
}

} // namespace pvi::cli
