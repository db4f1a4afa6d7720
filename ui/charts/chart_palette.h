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
inline QColor secondary() {
    return QColor(0xe0, 0x8e, 0x45);
}
inline QColor good() {
    return QColor(0x2e, 0x8b, 0x57);
}
inline QColor bad() {
    return QColor(0xc0, 0x39, 0x2b);
}
inline QColor neutral() {
    return QColor(0x7b, 0x87, 0x94);
}
inline QColor cardBackground() {
    return QColor(0xff, 0xff, 0xff);
}
inline QColor windowBackground() {
    return QColor(0xf4, 0xf6, 0xf8);
}

/// A sequential colour for a share in 0..1 (light grey-blue to deep blue).
QColor heat(double share);

} // namespace pvi::palette
