#pragma once

#include <QColor>

namespace pvi::palette {

/// The calm colours every chart and tile shares.
inline QColor text() {
    return QColor(0x1f, 0x29, 0x33);
}
inline QColor mutedText() {
    return QColor(0x61, 0x6e, 0x7c);
}
inline QColor grid() {
    return QColor(0xe4, 0xe7, 0xeb);
}
inline QColor primary() {
    return QColor(0x3b, 0x6e, 0xa8);
}
inline QColor good() {
    return QColor(0x2e, 0x8b, 0x57);
}
inline QColor bad() {
    return QColor(0xc0, 0x39, 0x2b);
}
/// Reference and divider lines (a 0% lift, a calibration date): lighter than generic's grey,
/// which means generic customers.
inline QColor neutral() {
    return QColor(0xa3, 0xac, 0xb6);
}
inline QColor cardBackground() {
    return QColor(0xff, 0xff, 0xff);
}
inline QColor windowBackground() {
    return QColor(0xf4, 0xf6, 0xf8);
}

/// The groups of customers the charts compare. Each has one colour in every chart and legend
/// of the window (the table in chart_palette.cpp); no other series is drawn in those colours,
/// except all customers' blue, which is also the plain colour of a measure over everyone.
enum class Audience { AllCustomers, Personalized, Generic, Control };

/// The one colour of `who`.
QColor audience(Audience who);

/// The colour of the `index`-th series that is not an audience (attribution models, channels,
/// a second measure): a cycle that starts with all customers' blue and never uses the
/// personalized, generic or control colours.
QColor series(int index);

/// A sequential colour for a share in 0..1 (light grey-blue to deep blue).
QColor heat(double share);

} // namespace pvi::palette
