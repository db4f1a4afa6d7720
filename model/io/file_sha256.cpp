#include "io/file_sha256.h"

#include <QFile>

#include <memory>
#include <openssl/evp.h>
#include <vector>

namespace pvi {

namespace {

constexpr qint64 kChunkBytes = 1024 * 1024;

struct DigestContextDeleter {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

} // namespace

// libcrypto's SHA-256 uses the CPU's SHA extensions (or its vectorized assembly) and is several
// times faster than QCryptographicHash on large exports.
QString fileSha256Hex(const QString& path, const std::atomic<bool>* stop) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const std::unique_ptr<EVP_MD_CTX, DigestContextDeleter> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return {};
    std::vector<char> buffer(static_cast<std::size_t>(kChunkBytes));
    for (;;) {
        if (stop != nullptr && stop->load(std::memory_order_relaxed))
            return {};
        const qint64 got = file.read(buffer.data(), kChunkBytes);
        if (got < 0)
            return {};
        if (got == 0)
            break;
        if (EVP_DigestUpdate(context.get(), buffer.data(), static_cast<std::size_t>(got)) != 1)
            return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex());
}

} // namespace pvi
