// MersenneTwister64 gives std::mt19937_64's outputs, so the bootstraps that draw from it keep
// their digits: the value the C++ standard publishes ([rand.predef]: the 10000th output of a
// default-constructed mt19937_64, seed 5489, is 9981545732273789042), then output for output
// against the standard library's engine for several seeds across many refills of the state, and
// the same draws through the distributions the bootstraps use.
#include "stats/mersenne_twister_64.h"
#include "stats/uniform_index.h"
#include "test_registry.h"

#include <QTest>

#include <random>

using pvi::MersenneTwister64;

class TestMersenneTwister : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theStandardsTenThousandthOutput();
    void everyOutputAsTheStandardLibrarys_data();
    void everyOutputAsTheStandardLibrarys();
    void theSameDrawsThroughDistributions();
    void uniformIndicesAsTheStandardLibrarys_data();
    void uniformIndicesAsTheStandardLibrarys();
};

void TestMersenneTwister::theStandardsTenThousandthOutput() {
    MersenneTwister64 engine(5489);
    MersenneTwister64::result_type value = 0;
    for (int i = 0; i < 10000; ++i)
        value = engine();
    QCOMPARE(value, 9981545732273789042ULL);
}

void TestMersenneTwister::everyOutputAsTheStandardLibrarys_data() {
    QTest::addColumn<quint64>("seed");
    QTest::newRow("0") << quint64(0);
    QTest::newRow("1") << quint64(1);
    QTest::newRow("the effect's default, 20261206") << quint64(20261206);
    QTest::newRow("all bits set") << ~quint64(0);
}

void TestMersenneTwister::everyOutputAsTheStandardLibrarys() {
    QFETCH(quint64, seed);
    std::mt19937_64 expected(seed);
    MersenneTwister64 engine(seed);
    // 2,000 refills of the 312-word state.
    for (int i = 0; i < 312 * 2000; ++i) {
        const auto want = expected();
        const auto got = engine();
        if (got != want)
            QFAIL(qPrintable(QStringLiteral("output %1 of seed %2: %3, std::mt19937_64 gives %4")
                                 .arg(i)
                                 .arg(seed)
                                 .arg(got)
                                 .arg(want)));
    }
}

void TestMersenneTwister::theSameDrawsThroughDistributions() {
    std::mt19937_64 expected(7);
    MersenneTwister64 engine(7);
    std::uniform_int_distribution<std::size_t> pickWant(0, 186981), pickGot(0, 186981);
    std::normal_distribution<double> normalWant(0.0, 1.0), normalGot(0.0, 1.0);
    for (int i = 0; i < 100000; ++i) {
        QCOMPARE(pickGot(engine), pickWant(expected));
        QCOMPARE(normalGot(engine), normalWant(expected));
    }
}

void TestMersenneTwister::uniformIndicesAsTheStandardLibrarys_data() {
    QTest::addColumn<quint64>("n");
    QTest::newRow("1 (always 0)") << quint64(1);
    QTest::newRow("2") << quint64(2);
    QTest::newRow("7") << quint64(7);
    QTest::newRow("a shop's customers, 186,982") << quint64(186982);
    QTest::newRow("2^32 + 3") << (quint64(1) << 32) + 3;
    // Above 2^63 nearly half the products are drawn again: the rejection path, often.
    QTest::newRow("2^63 + 5") << (quint64(1) << 63) + 5;
    QTest::newRow("2^64 - 1") << ~quint64(0);
}

void TestMersenneTwister::uniformIndicesAsTheStandardLibrarys() {
    QFETCH(quint64, n);
    std::mt19937_64 expected(20261206);
    MersenneTwister64 engine(20261206);
    std::uniform_int_distribution<std::uint64_t> want(0, n - 1);
    const pvi::UniformIndex got(n);
    for (int i = 0; i < 200000; ++i) {
        const std::uint64_t a = got(engine);
        const std::uint64_t b = want(expected);
        if (a != b || a >= n)
            QFAIL(qPrintable(QStringLiteral("draw %1 in [0, %2): %3, the standard library's %4")
                                 .arg(i)
                                 .arg(n)
                                 .arg(a)
                                 .arg(b)));
    }
    // The same outputs consumed: the generators are still in step.
    QCOMPARE(engine(), expected());
}

PVI_TEST_CLASS(TestMersenneTwister)
#include "test_mersenne_twister.moc"
