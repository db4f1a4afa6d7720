// fileSha256Hex against the FIPS 180-2 worked examples and against QCryptographicHash (an
// independent implementation) on a file longer than one read chunk.
#include "io/file_sha256.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFileSha256 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesPublishedDigests();
    void matchesQtOnAFileOfSeveralChunks();
    void unreadableFileGivesNoDigest();
    void aStopGivesNoDigest();
};

namespace {

QString writeFile(const pvi::test::TempDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.path(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

void TestFileSha256::matchesPublishedDigests() {
    pvi::test::TempDir dir;
    // FIPS 180-2, appendix B.1 ("abc") and the digest of the empty message.
    QCOMPARE(pvi::fileSha256Hex(writeFile(dir, u"abc.txt"_s, "abc")),
             u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    QCOMPARE(pvi::fileSha256Hex(writeFile(dir, u"empty.txt"_s, QByteArray())),
             u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
    // FIPS 180-2, appendix B.3: one million 'a'.
    QCOMPARE(pvi::fileSha256Hex(writeFile(dir, u"million.txt"_s, QByteArray(1'000'000, 'a'))),
             u"cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"_s);
}

void TestFileSha256::matchesQtOnAFileOfSeveralChunks() {
    pvi::test::TempDir dir;
    QByteArray bytes;
    bytes.reserve(3'500'017);
    for (int i = 0; bytes.size() < 3'500'017; ++i)
        bytes.append("order,#" + QByteArray::number(i) + ",12.50\n");
    bytes.truncate(3'500'017); // not a multiple of the read chunk
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(pvi::fileSha256Hex(writeFile(dir, u"big.csv"_s, bytes)), expected);
}

void TestFileSha256::unreadableFileGivesNoDigest() {
    pvi::test::TempDir dir;
    QVERIFY(pvi::fileSha256Hex(dir.path(u"missing.csv"_s)).isEmpty());
}

// An import that stops (cancelled, rejected) sets the flag; the hashing gives up with no digest.
void TestFileSha256::aStopGivesNoDigest() {
    pvi::test::TempDir dir;
    const QString path = writeFile(dir, u"abc.txt"_s, "abc");
    std::atomic<bool> stop{true};
    QVERIFY2(pvi::fileSha256Hex(path, &stop).isEmpty(), "a set stop flag must give no digest");
    stop = false;
    QCOMPARE(pvi::fileSha256Hex(path, &stop).size(), 64);
}

PVI_TEST_CLASS(TestFileSha256)
#include "test_file_sha256.moc"
