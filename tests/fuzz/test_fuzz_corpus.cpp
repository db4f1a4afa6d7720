// Replays a libFuzzer harness's committed corpus (tools/fuzz/corpus/<harness>/, minimized by
// `make fuzz-merge`, crashes found kept as regressions) through the harness itself, in the
// ordinary build: cheap, and a harness that crashes or aborts fails the test.
#include "test_registry.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

class TestFuzzCorpus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replays_data();
    void replays();
};

void TestFuzzCorpus::replays_data() {
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(PVI_FUZZ_CORPUS_DIR));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), PVI_FUZZ_CORPUS_DIR " holds no inputs");
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << corpus.filePath(name);
}

void TestFuzzCorpus::replays() {
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()),
                                    size_t(input.size())),
             0);
}

PVI_TEST_CLASS(TestFuzzCorpus)
#include "test_fuzz_corpus.moc"
