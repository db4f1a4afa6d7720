#pragma once

#include <QColor>

#include <array>

namespace pvi::palette {

/// The two looks of the window. Reports and slides are always drawn in Light.
enum class Theme { Light, Dark };

/// One theme's semantic colours: what widgets (the QPalette and the style sheet) and charts
/// are painted with. Every colour has one meaning; the themes differ in value, not in meaning.
struct Colours {
    QRgb text;          ///< body text and chart titles
    QRgb mutedText;     ///< captions, axis labels, notes
    QRgb secondaryText; ///< section headings and longer explanations
    QRgb grid;          ///< grid lines, card borders
    QRgb neutral;       ///< reference and divider lines (0% lift, a calibration date)
    QRgb primary;       ///< the app's accent: a measure over everyone, links
    QRgb good;          ///< a change for the better
    QRgb bad;           ///< a change for the worse
    QRgb card;          ///< cards, tables, the filter bar
    QRgb window;        ///< behind the cards
    QRgb alternateBase; ///< every other table row
    QRgb button;
    QRgb border;          ///< input and tooltip borders
    QRgb highlight;       ///< a selected row or item (with white text)
    QRgb sidebar;         ///< the navigation's background
    QRgb sidebarText;     ///< a page's name in the navigation
    QRgb sidebarSelected; ///< the current page's row
    QRgb sidebarAccent;   ///< the current page's mark
    QRgb errorText;       ///< a problem said in one line
    QRgb successText;     ///< a saved or valid state said in one line
    /// Boxes with a background, border and text each: a warning (no data), an alert (a
    /// failed check), an explanation, and an aside (a sequential test's note).
    std::array<QRgb, 3> warningBox;
    std::array<QRgb, 3> alertBox;
    std::array<QRgb, 3> infoBox;
    std::array<QRgb, 3> asideBox;
    /// Audience colours in the order of palette::Audience.
    std::array<QRgb, 4> audiences;
    /// Series that are not audiences.
    std::array<QRgb, 7> series;
    QRgb heatLow;  ///< a share of 0 on the heat map
    QRgb heatHigh; ///< a share of 1
};

/// The colours of `theme`.
const Colours& colours(Theme theme);
/// The colours of the current theme (see theme()).
const Colours& colours();

/// The theme the calling thread paints in: the ScopedTheme in force on this thread, else the
/// window's theme (setTheme()).
Theme theme();
/// Sets the window's theme (GUI thread; charts and widgets pick it up when next styled).
void setTheme(Theme theme);

/// Paints in `theme` on this thread while it lives (reports and slides: always Light).
class ScopedTheme {
public:
    explicit ScopedTheme(Theme theme);
    ~ScopedTheme();
    ScopedTheme(const ScopedTheme&) = delete;
    ScopedTheme& operator=(const ScopedTheme&) = delete;

private:
    int m_previous;
};

/// The calm colours every chart and tile shares, in the current theme.
QColor text();
QColor mutedText();
QColor secondaryText();
QColor grid();
QColor primary();
QColor good();
QColor bad();
/// Reference and divider lines (a 0% lift, a calibration date): lighter than generic's grey,
/// which means generic customers.
QColor neutral();
QColor cardBackground();
QColor windowBackground();

/// The groups of customers the charts compare. Each has one colour in every chart and legend
/// of the window (the tables in chart_palette.cpp), of one hue family in both themes; no other
/// series is drawn in those colours, except all customers' blue, which is also the plain colour
/// of a measure over everyone.
enum class Audience { AllCustomers, Personalized, Generic, Control };

/// The one colour of `who`.
QColor audience(Audience who);

/// The colour of the `index`-th series that is not an audience (attribution models, channels,
/// a second measure): a cycle that starts with all customers' blue and never uses the
/// personalized, generic or control colours.
QColor series(int index);

/// A sequential colour for a share in 0..1 (from near the card's colour to deep blue).
QColor heat(double share);

/// The relative luminance of `colour` (WCAG 2.x, 0 for black to 1 for white).
double relativeLuminance(const QColor& colour);
/// The WCAG 2.x contrast ratio of two colours, from 1 (none) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);
/// Text that reads best on `fill`: the light theme's text colour or white.
QColor textOn(const QColor& fill);

} // namespace pvi::palette
