#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace pvi {

/// The most bytes a compressed file, an archive member or a workbook part may expand to
/// (128 MiB). A member past it is refused as a likely zip bomb; bigger exports are imported as
/// plain CSV.
inline constexpr qint64 kMaxUncompressedBytes = qint64(128) * 1024 * 1024;

/// The most shared strings an .xlsx workbook may declare or hold (Excel's own sheets hold far
/// fewer; a larger table is refused before it is read).
inline constexpr qint64 kMaxSharedStrings = 4 * 1000 * 1000;

enum class CappedRead { Ok, OverLimit, Failed };

/// Reads up to `room` bytes into `into`: the count read, 0 at the end, negative on an error.
using ChunkRead = std::function<qint64(char* into, qint64 room)>;

/// Reads a decoder to its end into `out` in 1 MiB chunks, stopping as soon as more than `limit`
/// bytes came out (so no more than `limit` + 1 bytes are ever held).
CappedRead readCapped(const ChunkRead& read, qint64 limit, QByteArray& out);

/// "WHAT expands to more than 128 MiB, the limit for compressed input ...".
QString overLimitMessage(const QString& what, qint64 limit);

} // namespace pvi
