#pragma once

#include "charts/chart_palette.h"

#include <QString>

#include <optional>

namespace pvi {

/// The theme chosen in View › Theme or Preferences: the platform's, or one of the two.
enum class ThemeChoice { System, Light, Dark };

/// The look the user chose, kept in QSettings under appearance/ (theme = system|light|dark,
/// zoom = percent).
struct AppearanceSettings {
    ThemeChoice theme = ThemeChoice::System;
    int zoomPercent = 100;

    /// The stored choice; defaults for what is missing or unreadable.
    static AppearanceSettings load();
    /// Stores the choice.
    void save() const;

    bool operator==(const AppearanceSettings&) const = default;
};

/// "system", "light" or "dark".
QString themeChoiceKey(ThemeChoice choice);
/// The choice a key names (case-insensitive); none for anything else.
std::optional<ThemeChoice> parseThemeChoice(const QString& key);

/// The theme a choice stands for. System follows the platform: dark when the desktop says so
/// (GTK_THEME ending in ":dark", or QT_COLOR_SCHEME / PVI_COLOR_SCHEME = dark|light), else
/// when the platform's own window colour (captured before the studio palette replaces it) is
/// dark; light otherwise.
palette::Theme resolveTheme(ThemeChoice choice);

/// Applies `settings` to the application (applyStudioStyle() with the theme resolved) and keeps
/// them as the current appearance. Open windows then restyle (MainWindow::setAppearance()).
void applyAppearance(const AppearanceSettings& settings);
/// The appearance last applied.
const AppearanceSettings& currentAppearance();

/// Captures the platform's palette for resolveTheme(); call once before the studio style is
/// first applied (later calls keep the first capture).
void capturePlatformPalette();

} // namespace pvi
