// Reading journeys from touchpoint and conversion CSV files: column synonyms, ordering, the
// conversion cut-off, and errors that name the file, line and column.
#include "analytics/attribution/journey_csv_loader.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QFile>
#include <QTest>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

QString write(const test::TempDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.path(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text);
    return path;
}

} // namespace

class TestJourneyCsvLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void synonymsAndOrder();
    void errorsNameFileLineColumn_data();
    void errorsNameFileLineColumn();
    void missingColumn();
    void duplicateConversion();
};

void TestJourneyCsvLoader::synonymsAndOrder() {
    test::TempDir dir;
    // Semicolons, other header names, offsets, a journey only in conversions, no personalized
    // column (every touch generic), no converted column (every row a conversion).
    const QString touches = write(dir, u"t.csv"_s,
                                  "Customer Email;Touched At;Source\n"
                                  "b@x.com;2024-03-02 10:00:00 +0200;email\n"
                                  "a@x.com;2024-03-01T12:00:00Z;search\n"
                                  "b@x.com;2024-03-01 09:00:00 +0200;social\n");
    const QString conversions = write(dir, u"c.csv"_s,
                                      "email,converted_at,Revenue\n"
                                      "b@x.com,2024-03-02T09:00:00Z,\"1,234.50\"\n"
                                      "c@x.com,2024-03-03T09:00:00Z,10\n");
    const JourneyLoadResult r = loadJourneysFromCsv(touches, conversions);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.journeys.size(), std::size_t{3});
    QCOMPARE(r.journeys[0].key, u"a@x.com"_s);
    QVERIFY(!r.journeys[0].converted);
    const Journey& b = r.journeys[1];
    QVERIFY(b.converted);
    QCOMPARE(b.value, 1234.5);
    QCOMPARE(b.convertedAt, QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC));
    QCOMPARE(b.touches.size(), std::size_t{2});
    QCOMPARE(b.touches[0].at, QDateTime(QDate(2024, 3, 2), QTime(8, 0), Qt::UTC));
    QVERIFY(!b.touches[0].personalized);
    // the email touch at 08:00 UTC is before the 09:00 conversion; both count, in time order
    const std::vector<Touch> counted = countedTouches(b);
    QCOMPARE(counted.size(), std::size_t{2});
    QCOMPARE(counted[0].channel, u"social"_s);
    QCOMPARE(r.journeys[2].key, u"c@x.com"_s);
    QVERIFY(r.journeys[2].touches.empty());
}

void TestJourneyCsvLoader::errorsNameFileLineColumn_data() {
    QTest::addColumn<QByteArray>("touches");
    QTest::addColumn<QByteArray>("conversions");
    QTest::addColumn<QString>("expected"); // suffix after the directory
    const QByteArray okTouches =
        "journey_id,timestamp,channel,personalized\nJ1,2024-01-01,email,yes\n";
    const QByteArray okConv = "journey_id,converted,conversion_timestamp,conversion_value\n";
    QTest::newRow("time") << QByteArray(
                                 "journey_id,timestamp,channel\nJ1,2024-01-01,a\nJ1,soon,b\n")
                          << okConv << u"t.csv:3:2: 'soon' is not a timestamp"_s;
    QTest::newRow("flag")
        << QByteArray("journey_id,timestamp,channel,personalized\nJ1,2024-01-01,a,maybe\n")
        << okConv << u"t.csv:2:4: 'maybe' is not yes/no, true/false or 1/0"_s;
    QTest::newRow("channel") << QByteArray("journey_id,timestamp,channel\nJ1,2024-01-01, \n")
                             << okConv << u"t.csv:2:3: the channel is empty"_s;
    QTest::newRow("value") << okTouches << (okConv + "J1,1,2024-01-02,lots\n")
                           << u"c.csv:2:4: 'lots' is not a number"_s;
    QTest::newRow("converted") << okTouches << (okConv + "J1,perhaps,2024-01-02,1\n")
                               << u"c.csv:2:2: 'perhaps' is not yes/no, true/false or 1/0"_s;
}

void TestJourneyCsvLoader::errorsNameFileLineColumn() {
    QFETCH(QByteArray, touches);
    QFETCH(QByteArray, conversions);
    QFETCH(QString, expected);
    test::TempDir dir;
    const JourneyLoadResult r =
        loadJourneysFromCsv(write(dir, u"t.csv"_s, touches), write(dir, u"c.csv"_s, conversions));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.endsWith(u'/' + expected), qPrintable(r.error));
}

void TestJourneyCsvLoader::missingColumn() {
    test::TempDir dir;
    const JourneyLoadResult r =
        loadJourneysFromCsv(write(dir, u"t.csv"_s, "journey_id,when,channel\nJ1,2024-01-01,a\n"),
                            write(dir, u"c.csv"_s, "journey_id\n"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"t.csv:1: no timestamp column (expected one of: timestamp"_s),
             qPrintable(r.error));
    const JourneyLoadResult none =
        loadJourneysFromCsv(dir.path(u"absent.csv"_s), dir.path(u"c.csv"_s));
    QVERIFY(!none.ok());
    QVERIFY2(none.error.contains(u"absent.csv"_s), qPrintable(none.error));
}

void TestJourneyCsvLoader::duplicateConversion() {
    test::TempDir dir;
    const JourneyLoadResult r = loadJourneysFromCsv(
        write(dir, u"t.csv"_s, "journey_id,timestamp,channel\n"),
        write(dir, u"c.csv"_s, "journey_id,converted,value\nJ1,1,5\nJ1,0,0\nJ1,true,7\n"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.endsWith(u"c.csv:4:1: 'J1' already converted on line 2"_s),
             qPrintable(r.error));
}

PVI_TEST_CLASS(TestJourneyCsvLoader)
#include "test_journey_csv_loader.moc"
