#include "charts/chart_palette.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace pvi::palette {

namespace {

/// The light theme: calm greys and blue on white cards. Personalized is a warm orange,
/// generic a grey, control a purple and all customers the app's blue; each mark colour keeps
/// at least 3:1 against the card.
constexpr Colours kLight{
    0x1f2933,
    0x616e7c,
    0x3e4c59,
    0xe4e7eb,
    0xa3acb6,
    0x3b6ea8,
    0x2e8b57,
    0xc0392b,
    0xffffff,
    0xf4f6f8,
    0xf7f8fa,
    0xfbfbfc,
    0xcbd2d9,
    0x3b6ea8,
    0x1f2d3d,
    0xd5dde6,
    0x2b3e54,
    0x6fa3df,
    0xb42318,
    0x2f7d32,
    {0xfff8e6, 0xf0dca8, 0x5c4a1a},
    {0xfdecea, 0xf5c2bd, 0x8a1f14},
    {0xeef4fb, 0xcfe0f3, 0x1f2933},
    {0xf4f1fb, 0xddd3f3, 0x1f2933},
    {0x3b6ea8, 0xd4742a, 0x7b8794, 0x8e6cbf},
    {0x3b6ea8, 0x2a9da8, 0x2e8b57, 0x94792a, 0x1f4e89, 0xc0392b, 0x8c564b},
    0xf0f4fa,
    0x1f4e89,
};

/// The dark theme: the same meanings on dark slate cards; every mark colour is the same hue as
/// in the light theme, lighter so that it keeps at least 3:1 against the dark card.
constexpr Colours kDark{
    0xe4e8ec,
    0xa3aebb,
    0xc5cdd6,
    0x323d4a,
    0x5f6b78,
    0x6fa3df,
    0x4fbf82,
    0xef6f60,
    0x1c232c,
    0x141a21,
    0x212933,
    0x27303b,
    0x3d4856,
    0x2f5f96,
    0x10151b,
    0xc5cdd6,
    0x1f2a37,
    0x6fa3df,
    0xf28b82,
    0x7fd08a,
    {0x3a3220, 0x6b5a2e, 0xf3e3b5},
    {0x3d2222, 0x7a3b36, 0xf7c6c0},
    {0x1e2b3b, 0x34506f, 0xdbe6f3},
    {0x29233a, 0x4d416b, 0xe4dcf5},
    {0x6fa3df, 0xf0a05a, 0x98a3af, 0xb39ae6},
    {0x6fa3df, 0x3fbcc6, 0x4fbf82, 0xd4b958, 0xa4c8f5, 0xef6f60, 0xc79a82},
    0x222d3b,
    0x8fbdf2,
};

/// The window's theme; -1 in the override means none.
std::atomic<int> g_theme{int(Theme::Light)};
thread_local int t_override = -1;

QColor rgb(QRgb value) {
    return QColor::fromRgb(value);
}

double channel(double value) {
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

const Colours& colours(Theme theme) {
    return theme == Theme::Dark ? kDark : kLight;
}

const Colours& colours() {
    return colours(theme());
}

Theme theme() {
    return Theme(t_override >= 0 ? t_override : g_theme.load());
}

void setTheme(Theme theme) {
    g_theme.store(int(theme));
}

ScopedTheme::ScopedTheme(Theme theme)
    : m_previous(t_override) {
    t_override = int(theme);
}

ScopedTheme::~ScopedTheme() {
    t_override = m_previous;
}

QColor text() {
    return rgb(colours().text);
}
QColor mutedText() {
    return rgb(colours().mutedText);
}
QColor secondaryText() {
    return rgb(colours().secondaryText);
}
QColor grid() {
    return rgb(colours().grid);
}
QColor primary() {
    return rgb(colours().primary);
}
QColor good() {
    return rgb(colours().good);
}
QColor bad() {
    return rgb(colours().bad);
}
QColor neutral() {
    return rgb(colours().neutral);
}
QColor cardBackground() {
    return rgb(colours().card);
}
QColor windowBackground() {
    return rgb(colours().window);
}

QColor audience(Audience who) {
    return rgb(colours().audiences[std::size_t(who)]);
}

QColor series(int index) {
    const auto& cycle = colours().series;
    const auto size = static_cast<int>(cycle.size());
    return rgb(cycle[static_cast<std::size_t>(((index % size) + size) % size)]);
}

QColor heat(double share) {
    // Interpolate in RGB between the theme's low and high blues; a square root spreads the
    // small shares (retention after month 0 is typically 5–30%) over more of the scale.
    const double t = std::sqrt(std::clamp(share, 0.0, 1.0));
    const QColor low = rgb(colours().heatLow);
    const QColor high = rgb(colours().heatHigh);
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()),
                  mix(low.blue(), high.blue()));
}

double relativeLuminance(const QColor& colour) {
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor& fill) {
    const QColor dark = rgb(kLight.text);
    const QColor light(Qt::white);
    return contrastRatio(dark, fill) >= contrastRatio(light, fill) ? dark : light;
}

} // namespace pvi::palette
