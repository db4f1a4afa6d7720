#pragma once

#include "shell/appearance.h"

#include <QDialog>

class QComboBox;

namespace pvi {

/// Edit › Preferences…: the theme (System, Light, Dark), the language (System, English,
/// Français; stored as general/language, used from the next start) and the zoom. Accepting
/// stores the choices; the window then applies the theme and zoom at once.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(const AppearanceSettings& current, QWidget* parent = nullptr);

    /// The theme and zoom chosen.
    AppearanceSettings appearance() const;
    /// The language chosen: "system", "en" or "fr".
    QString language() const;

    /// Stores the choices in QSettings (appearance/theme, appearance/zoom, general/language).
    void save() const;

    void accept() override;

private:
    QComboBox* m_theme;
    QComboBox* m_language;
    QComboBox* m_zoom;
};

} // namespace pvi
