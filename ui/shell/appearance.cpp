#include "shell/appearance.h"

#include "charts/zoom.h"
#include "shell/studio_style.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

constexpr auto kThemeKey = "appearance/theme";
constexpr auto kZoomKey = "appearance/zoom";

AppearanceSettings g_current;

/// Whether the platform's window colour was dark when captured; none before the capture.
std::optional<bool> g_platformDark;

/// What the environment says of the desktop's scheme; none when it says nothing.
std::optional<bool> environmentPrefersDark() {
    for (const char* name : {"PVI_COLOR_SCHEME", "QT_COLOR_SCHEME"}) {
        const QString value = qEnvironmentVariable(name).trimmed().toLower();
        if (value == u"dark"_s)
            return true;
        if (value == u"light"_s)
            return false;
    }
    const QString gtk = qEnvironmentVariable("GTK_THEME").toLower();
    if (gtk.endsWith(u":dark"_s))
        return true;
    return std::nullopt;
}

} // namespace

AppearanceSettings AppearanceSettings::load() {
    const QSettings settings;
    AppearanceSettings result;
    result.theme = parseThemeChoice(settings.value(QLatin1StringView(kThemeKey)).toString())
                       .value_or(ThemeChoice::System);
    bool ok = false;
    const int zoom = settings.value(QLatin1StringView(kZoomKey), 100).toInt(&ok);
    result.zoomPercent = ok ? zoom::snap(zoom) : 100;
    return result;
}

void AppearanceSettings::save() const {
    QSettings settings;
    settings.setValue(QLatin1StringView(kThemeKey), themeChoiceKey(theme));
    settings.setValue(QLatin1StringView(kZoomKey), zoom::snap(zoomPercent));
}

QString themeChoiceKey(ThemeChoice choice) {
    switch (choice) {
    case ThemeChoice::Light:
        return u"light"_s;
    case ThemeChoice::Dark:
        return u"dark"_s;
    case ThemeChoice::System:
        break;
    }
    return u"system"_s;
}

std::optional<ThemeChoice> parseThemeChoice(const QString& key) {
    for (ThemeChoice choice : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark})
        if (key.trimmed().compare(themeChoiceKey(choice), Qt::CaseInsensitive) == 0)
            return choice;
    return std::nullopt;
}

void capturePlatformPalette() {
    if (g_platformDark || !qGuiApp)
        return;
    g_platformDark = QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
}

void applyAppearance(const AppearanceSettings& settings) {
    capturePlatformPalette();
    g_current = settings;
    g_current.zoomPercent = zoom::snap(settings.zoomPercent);
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        applyStudioStyle(*app, resolveTheme(settings.theme), g_current.zoomPercent);
}

const AppearanceSettings& currentAppearance() {
    return g_current;
}

palette::Theme resolveTheme(ThemeChoice choice) {
    switch (choice) {
    case ThemeChoice::Light:
        return palette::Theme::Light;
    case ThemeChoice::Dark:
        return palette::Theme::Dark;
    case ThemeChoice::System:
        break;
    }
    capturePlatformPalette();
    const bool dark = environmentPrefersDark().value_or(g_platformDark.value_or(false));
    return dark ? palette::Theme::Dark : palette::Theme::Light;
}

} // namespace pvi
