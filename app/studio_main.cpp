// pvi-studio: the desktop app. Thin: parses the command line and hands over to pvi_ui.
#include "shell/demo_workspace.h"
#include "shell/main_window.h"
#include "shell/screenshot_runner.h"
#include "shell/studio_style.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PVI Studio"_s);
    QApplication::setApplicationName(u"PVI Studio"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Personalization Value Indicators for small businesses. Without a workspace, opens the "
        "bundled demo shop."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Render a page at 1440×900 to <png> once loaded, then exit."_s, u"png"_s);
    const QCommandLineOption page(u"page"_s, u"The page to show (default: overview)."_s, u"name"_s,
                                  u"overview"_s);
    parser.addOption(screenshot);
    parser.addOption(page);
    parser.addPositionalArgument(u"workspace"_s, u"The .pvi workspace to open."_s, u"[WS.pvi]"_s);
    parser.process(app);

    pvi::applyStudioStyle(app);
    pvi::MainWindow window;
    QString path = parser.positionalArguments().value(0);
    pvi::DemoWorkspace demo;
    if (path.isEmpty()) {
        demo = pvi::ensureDemoWorkspace();
        if (!demo.error.isEmpty())
            std::fprintf(stderr, "pvi-studio: demo shop: %s\n", qPrintable(demo.error));
        path = demo.path;
    }
    if (!path.isEmpty()) {
        QString error;
        if (!window.openWorkspace(path, &error)) {
            std::fprintf(stderr, "pvi-studio: %s: %s\n", qPrintable(path), qPrintable(error));
            if (parser.isSet(screenshot))
                return 1;
        }
    }

    // The first start imports the bundled demo exports, off the GUI thread like any import.
    const bool importDemo = !demo.imports.isEmpty() && !window.workspacePath().isEmpty();
    if (parser.isSet(screenshot)) {
        pvi::ScreenshotRunner runner(&window, parser.value(page), parser.value(screenshot));
        if (!importDemo)
            return runner.start() ? QApplication::exec() : 1;
        QObject::connect(&window, &pvi::MainWindow::importFinished, &runner, [&runner] {
            if (!runner.start())
                QApplication::exit(1);
        });
        window.importFiles(demo.imports);
        return QApplication::exec();
    }
    if (!window.showPage(parser.value(page)))
        std::fprintf(stderr, "pvi-studio: no page '%s'\n", qPrintable(parser.value(page)));
    window.show();
    if (importDemo)
        window.importFiles(demo.imports);
    return QApplication::exec();
}
