#pragma once

#include <QString>

#include <atomic>

namespace pvi {

/// The SHA-256 of the file at `path` (a file system path or a Qt resource path) as 64 lowercase
/// hex digits; an empty string when the file cannot be read. `stop`, when given, is read between
/// 1 MiB chunks: once it is set the hashing gives up and returns an empty string (so an import
/// that is cancelled or rejected does not wait for the rest of a large file to be hashed).
QString fileSha256Hex(const QString& path, const std::atomic<bool>* stop = nullptr);

} // namespace pvi
