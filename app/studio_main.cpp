// pvi-studio: the desktop app. Thin: parses the command line and hands over to pvi_ui.
#include "charts/zoom.h"
#include "pvi/engine/build_info.h"
#include "pvi/engine/pvi_run_cache.h"
#include "shell/appearance.h"
#include "shell/demo_workspace.h"
#include "shell/main_window.h"
#include "shell/screenshot_runner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>
#include <optional>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

/// "1600x2400" as a size; none when it is not WIDTHxHEIGHT with both in 200–10000.
std::optional<QSize> parseSize(const QString& text) {
    static const QRegularExpression pattern(u"^(\\d{3,5})[xX×](\\d{3,5})$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 200 || size.height() < 200 || size.width() > 10000 || size.height() > 10000)
        return std::nullopt;
    return size;
}

/// The options of pvi-studio, added to a parser.
struct StudioOptions {
    QCommandLineOption screenshot{u"screenshot"_s,
                                  u"Render a page to <png> once loaded, then exit."_s, u"png"_s};
    QCommandLineOption page{u"page"_s, u"The page to show (default: overview)."_s, u"name"_s,
                            u"overview"_s};
    QCommandLineOption size{u"size"_s, u"The window size of a screenshot (default: 1440x900)."_s,
                            u"WIDTHxHEIGHT"_s, u"1440x900"_s};
    QCommandLineOption from{u"from"_s, u"First day of a custom period (with --to)."_s,
                            u"YYYY-MM-DD"_s};
    QCommandLineOption to{u"to"_s, u"Last day of a custom period (with --from)."_s,
                          u"YYYY-MM-DD"_s};
    QCommandLineOption theme{u"theme"_s,
                             u"The theme for this run: system, light or dark (default: the one "
                             "chosen in Preferences)."_s,
                             u"theme"_s};
    QCommandLineOption zoom{u"zoom"_s,
                            u"The zoom for this run in percent, 80–200 (default: the one chosen "
                            "in Preferences)."_s,
                            u"percent"_s};

    explicit StudioOptions(QCommandLineParser& parser) {
        parser.setApplicationDescription(
            u"Personalization Value Indicators for small businesses. Without a workspace, opens "
            "the bundled demo shop."_s);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({screenshot, page, size, from, to, theme, zoom});
        parser.addPositionalArgument(u"workspace"_s, u"The .pvi workspace to open."_s,
                                     u"[WS.pvi]"_s);
    }
};

void setApplicationNames() {
    QCoreApplication::setOrganizationName(u"PVI Studio"_s);
    QCoreApplication::setApplicationName(u"PVI Studio"_s);
    QCoreApplication::setApplicationVersion(pvi::studioVersion());
}

/// True when the command line asks only for the usage or the version, which need no display.
bool asksForHelpOrVersion(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    if (asksForHelpOrVersion(argc, argv)) {
        // Printed by a core application: `pvi-studio --help` works over SSH, in a package's
        // build and anywhere else without a display. process() prints and exits.
        QCoreApplication app(argc, argv);
        setApplicationNames();
        QCommandLineParser parser;
        const StudioOptions options(parser);
        parser.process(app);
        return 0;
    }
    QApplication app(argc, argv);
    setApplicationNames();
    QCommandLineParser parser;
    const StudioOptions options(parser);
    parser.process(app);

    const std::optional<QSize> windowSize = parseSize(parser.value(options.size));
    if (!windowSize) {
        std::fprintf(stderr, "pvi-studio: --size wants WIDTHxHEIGHT, e.g. 1440x2400\n");
        return 2;
    }
    // The stored theme and zoom, or those of the command line for this run only.
    pvi::AppearanceSettings appearance = pvi::AppearanceSettings::load();
    if (parser.isSet(options.theme)) {
        const auto theme = pvi::parseThemeChoice(parser.value(options.theme));
        if (!theme) {
            std::fprintf(stderr, "pvi-studio: --theme wants system, light or dark\n");
            return 2;
        }
        appearance.theme = *theme;
    }
    if (parser.isSet(options.zoom)) {
        bool ok = false;
        const int percent = parser.value(options.zoom).remove(u'%').toInt(&ok);
        if (!ok || percent < 80 || percent > 200) {
            std::fprintf(stderr, "pvi-studio: --zoom wants a percentage from 80 to 200\n");
            return 2;
        }
        appearance.zoomPercent = pvi::zoom::snap(percent);
    }
    pvi::PeriodFilter filter;
    if (parser.isSet(options.from) || parser.isSet(options.to)) {
        filter.preset = pvi::PeriodFilter::Preset::Custom;
        filter.customFrom = QDate::fromString(parser.value(options.from), Qt::ISODate);
        filter.customTo = QDate::fromString(parser.value(options.to), Qt::ISODate);
        if (!filter.customFrom.isValid() || !filter.customTo.isValid() ||
            filter.customFrom > filter.customTo) {
            std::fprintf(stderr, "pvi-studio: --from and --to want two dates YYYY-MM-DD, the "
                                 "first not after the second\n");
            return 2;
        }
    }

    QString path = parser.positionalArguments().value(0);
    pvi::DemoWorkspace demo;
    if (path.isEmpty()) {
        demo = pvi::ensureDemoWorkspace();
        if (!demo.error.isEmpty())
            std::fprintf(stderr, "pvi-studio: demo shop: %s\n", qPrintable(demo.error));
        path = demo.path;
    }
    // The window opens on the Overview, which shows the run of the filter's period: start it
    // now, so that it computes while the window is built (unless the demo is still to import).
    const QString firstPage = parser.value(options.page);
    if (!path.isEmpty() && demo.imports.isEmpty() &&
        (firstPage.isEmpty() || firstPage == u"overview"))
        pvi::PviRunCache::shared().prefetch(QFileInfo(path).absoluteFilePath(), filter);

    pvi::applyAppearance(appearance);
    pvi::MainWindow window;
    window.setFilter(filter);
    if (!path.isEmpty()) {
        QString error;
        if (!window.openWorkspace(path, &error)) {
            std::fprintf(stderr, "pvi-studio: %s: %s\n", qPrintable(path), qPrintable(error));
            if (parser.isSet(options.screenshot))
                return 1;
        }
    }
    // A period given on the command line wins over the one the workspace was left with.
    if (parser.isSet(options.from) || parser.isSet(options.to))
        window.setFilter(filter);

    // The first start imports the bundled demo exports, off the GUI thread like any import.
    const bool importDemo = !demo.imports.isEmpty() && !window.workspacePath().isEmpty();
    if (parser.isSet(options.screenshot)) {
        pvi::ScreenshotRunner runner(&window, parser.value(options.page),
                                     parser.value(options.screenshot), *windowSize);
        if (!importDemo)
            return runner.start() ? QApplication::exec() : 1;
        QObject::connect(&window, &pvi::MainWindow::importFinished, &runner, [&runner] {
            if (!runner.start())
                QApplication::exit(1);
        });
        window.importFiles(demo.imports);
        return QApplication::exec();
    }
    // Without --page the window shows the page the workspace was left on.
    if (parser.isSet(options.page) && !window.showPage(parser.value(options.page)))
        std::fprintf(stderr, "pvi-studio: no page '%s'\n", qPrintable(parser.value(options.page)));
    window.show();
    if (importDemo)
        window.importFiles(demo.imports);
    return QApplication::exec();
}
