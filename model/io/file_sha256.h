#pragma once

#include <QString>

namespace pvi {

/// The SHA-256 of the file at `path` (a file system path or a Qt resource path) as 64 lowercase
/// hex digits; an empty string when the file cannot be read.
QString fileSha256Hex(const QString& path);

} // namespace pvi
