#include "charts/chart_palette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pvi::palette {

namespace {

struct AudienceColour {
    Audience who;
    QRgb rgb;
};

/// The meaning → colour table: personalized warm orange, generic grey, control purple, all
/// customers the app's blue.
constexpr std::array<AudienceColour, 4> kAudienceColours{{
    {Audience::AllCustomers, 0x3b6ea8},
    {Audience::Personalized, 0xe08e45},
    {Audience::Generic, 0x7b8794},
    {Audience::Control, 0x8e6cbf},
}};

/// Series that are not audiences: blue first, then colours far from the audience ones.
constexpr std::array<QRgb, 6> kSeriesColours{0x3b6ea8, 0x2a9da8, 0x2e8b57,
                                             0xb59a3c, 0x1f4e89, 0xc0392b};

} // namespace

QColor audience(Audience who) {
    for (const AudienceColour& entry : kAudienceColours)
        if (entry.who == who)
            return QColor::fromRgb(entry.rgb);
    return primary();
}

QColor series(int index) {
    const auto size = static_cast<int>(kSeriesColours.size());
    return QColor::fromRgb(
        kSeriesColours[static_cast<std::size_t>(((index % size) + size) % size)]);
}

QColor heat(double share) {
    // Interpolate in RGB between a pale and a deep blue; a square root spreads the small shares
    // (retention after month 0 is typically 5–30%) over more of the scale.
    const double t = std::sqrt(std::clamp(share, 0.0, 1.0));
    const QColor low(0xf0, 0xf4, 0xfa);
    const QColor high(0x1f, 0x4e, 0x89);
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()),
                  mix(low.blue(), high.blue()));
}

} // namespace pvi::palette
