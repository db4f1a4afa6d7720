// pvi-studio: the desktop app. Thin: parses the command line and hands over to pvi_ui.
#include "charts/zoom.h"
#include "import/import_controller.h"
#include "pvi/engine/build_info.h"
#include "pvi/engine/process_memory.h"
#include "pvi/engine/pvi_run_cache.h"
#include "shell/appearance.h"
#include "shell/main_window.h"
#include "shell/screenshot_runner.h"
#include "shell/studio_style.h"
#include "shell/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
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

/// The options of pvi-studio, added to a parser (their descriptions in the window's language).
struct StudioOptions {
    Q_DECLARE_TR_FUNCTIONS(StudioOptions)

public:
    QCommandLineOption screenshot{u"screenshot"_s,
                                  tr("Render a page to <png> once loaded, then exit."), u"png"_s};
    QCommandLineOption page{u"page"_s, tr("The page to show (default: overview)."), u"name"_s,
                            u"overview"_s};
    QCommandLineOption size{u"size"_s, tr("The window size of a screenshot (default: 1440x900)."),
                            u"WIDTHxHEIGHT"_s, u"1440x900"_s};
    QCommandLineOption from{u"from"_s, tr("First day of a custom period (with --to)."),
                            u"YYYY-MM-DD"_s};
    QCommandLineOption to{u"to"_s, tr("Last day of a custom period (with --from)."),
                          u"YYYY-MM-DD"_s};
    QCommandLineOption demo{u"demo"_s,
                            tr("Open the bundled demo shop (made and imported on first use).")};
    QCommandLineOption language{
        u"language"_s,
        tr("The window's language: fr or en (default: the Preferences' choice, else the "
           "system's)."),
        u"code"_s};
    QCommandLineOption theme{u"theme"_s,
                             tr("The theme for this run: system, light or dark (default: the one "
                                "chosen in Preferences)."),
                             u"theme"_s};
    QCommandLineOption zoom{u"zoom"_s,
                            tr("The zoom for this run in percent, 80–200 (default: the one chosen "
                               "in Preferences)."),
                            u"percent"_s};

    explicit StudioOptions(QCommandLineParser& parser) {
        parser.setApplicationDescription(
            tr("Personalization Value Indicators for small businesses. Without a workspace, "
               "opens on the start page: open your exports, a workspace, or the demo shop."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({screenshot, page, size, from, to, demo, language, theme, zoom});
        parser.addPositionalArgument(u"workspace"_s, tr("The .pvi workspace to open."),
                                     u"[WS.pvi]"_s);
    }
};

/// The value of --language on the command line ("--language fr" or "--language=fr"), empty when
/// absent. Read before the parser, whose descriptions are written in that language.
QString languageArgument(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--language" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.substr(0, 11) == "--language=")
            return QString::fromLocal8Bit(argv[i] + 11);
    }
    return {};
}

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
    pvi::returnLargeBuffersWhenFreed();
    if (asksForHelpOrVersion(argc, argv)) {
        // Printed by a core application: `pvi-studio --help` works over SSH, in a package's
        // build and anywhere else without a display. process() prints and exits.
        QCoreApplication app(argc, argv);
        setApplicationNames();
        pvi::applyLanguage(languageArgument(argc, argv));
        QCommandLineParser parser;
        const StudioOptions options(parser);
        parser.process(app);
        return 0;
    }
    QApplication app(argc, argv);
    setApplicationNames();
    pvi::applyLanguage(languageArgument(argc, argv));
    QCommandLineParser parser;
    const StudioOptions options(parser);
    parser.process(app);

    if (parser.isSet(options.language) &&
        !pvi::availableLanguages().contains(parser.value(options.language))) {
        std::fprintf(stderr, "pvi-studio: --language wants one of: %s\n",
                     qPrintable(pvi::availableLanguages().join(u", "_s)));
        return 2;
    }
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

    const QString path = parser.positionalArguments().value(0);
    const bool openDemo = path.isEmpty() && parser.isSet(options.demo);
    // The window opens on the Overview, which shows the run of the filter's period: start it
    // now, so that it computes while the window is built.
    const QString firstPage = parser.value(options.page);
    if (!path.isEmpty() && (firstPage.isEmpty() || firstPage == u"overview"))
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
    // The demo's first start imports the bundled exports, off the GUI thread like any import.
    bool importing = false;
    if (openDemo) {
        window.openDemo();
        importing = window.importController()->isRunning();
    }

    if (parser.isSet(options.screenshot)) {
        pvi::ScreenshotRunner runner(&window, window.showsStartPage() ? u"start"_s : firstPage,
                                     parser.value(options.screenshot), *windowSize);
        if (!importing)
            return runner.start() ? QApplication::exec() : 1;
        QObject::connect(&window, &pvi::MainWindow::importFinished, &runner, [&runner] {
            if (!runner.start())
                QApplication::exit(1);
        });
        return QApplication::exec();
    }
    // Without --page the window shows the page the workspace was left on.
    if (!window.showsStartPage() && parser.isSet(options.page) &&
        !window.showPage(parser.value(options.page)))
        std::fprintf(stderr, "pvi-studio: no page '%s'\n", qPrintable(parser.value(options.page)));
    window.show();
    return QApplication::exec();
}
