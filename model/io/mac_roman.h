#pragma once

#include <QByteArrayView>
#include <QString>

namespace pvi {

/// Whether bytes that are not valid UTF-8 read better as Mac Roman (Excel for Mac's "CSV") than
/// as Windows-1252, which the CSV reader falls back to. Mac Roman puts letters at 0x80–0x9F and
/// punctuation (… – — “ ”) at 0xC0–0xDF, where Windows-1252 has punctuation and capital letters:
/// a "capital letter" straight after a lower-case one ("help\xC9") is evidence of Mac Roman, a
/// lower-case accented letter inside a word is evidence of Windows-1252. False for valid UTF-8.
bool looksLikeMacRoman(QByteArrayView bytes);

/// Text the CSV reader decoded as Windows-1252, decoded again as Mac Roman (the bytes are
/// recovered through the Windows-1252 table, so the repair is exact).
QString repairMacRoman(const QString& windows1252Text);

} // namespace pvi
