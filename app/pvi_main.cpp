// pvi: PVI Studio's command line. Every subcommand lives in app/cli/ and computes through
// pvi_model, so what the window shows can be scripted and tested headless.
#include "cli/command.h"
#include "pvi/engine/build_info.h"
#include "pvi/engine/process_memory.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// The application object: `pvi report` paints text (fonts need a QGuiApplication, on the
/// offscreen platform when there is no display); every other command is a core application.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv) {
    pvi::returnLargeBuffersWhenFreed();
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("pvi"));
    QCoreApplication::setOrganizationName(QStringLiteral("PVI Studio"));
    // The command line loads no translation and writes its numbers and dates (reports included,
    // which share the window's formatting) in one locale whatever the system's: scripts and
    // JSON read the same output everywhere.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTextStream out(stdout);
    QTextStream err(stderr);
    pvi::cli::Io io{out, err};

    auto& table = pvi::cli::commandTable();
    std::sort(table.begin(), table.end(),
              [](const auto& a, const auto& b) { return qstrcmp(a.name, b.name) < 0; });

    QStringList args = app.arguments().mid(1);
    if (args.size() == 1 && (args.first() == u"--version" || args.first() == u"-v")) {
        out << "pvi " << pvi::studioVersion() << " (PVI Studio)\n";
        for (const pvi::LibraryVersion& library : pvi::libraryVersions())
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
