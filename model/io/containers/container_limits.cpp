#include "io/containers/container_limits.h"

#include <algorithm>

namespace pvi {

CappedRead readCapped(const ChunkRead& read, qint64 limit, QByteArray& out) {
    constexpr qint64 kChunk = 1024 * 1024;
    out.clear();
    for (;;) {
        const qint64 room = std::min(kChunk, limit + 1 - out.size());
        const qsizetype before = out.size();
        out.resize(before + room);
        const qint64 got = read(out.data() + before, room);
        if (got < 0) {
            out.clear();
            return CappedRead::Failed;
        }
        out.resize(before + got);
        if (out.size() > limit) {
            out.clear();
            return CappedRead::OverLimit;
        }
        if (got == 0)
            return CappedRead::Ok;
    }
}

QString overLimitMessage(const QString& what, qint64 limit) {
    return QStringLiteral("%1 expands to more than %2 MiB, the limit for compressed input (a "
                          "zip bomb is refused this way): decompress it and import the CSV file.")
        .arg(what)
        .arg(limit / (1024 * 1024));
}

} // namespace pvi
