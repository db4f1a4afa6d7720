// `pvi segments` end to end: the built `pvi` imports the six-customer shop worked by hand in
// test_segment_report.cpp (tests/fixtures/ui/segments), adds its rule, and its JSON for April–June
// 2025 carries the hand-worked numbers.
#include "cli_run.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using pvi::test::runPvi;

} // namespace

class TestSegmentsCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handWorkedShopAsJson();
    void rejectsAnInvalidPeriod();

private:
    pvi::test::TempDir m_dir;
};

void TestSegmentsCli::handWorkedShopAsJson() {
    const QString path = m_dir.path(u"six.pvi"_s);
    for (const QStringList& args :
         {QStringList{u"init"_s, path},
          QStringList{u"import"_s, path,
                      QStringLiteral(PVI_FIXTURES_DIR "/ui/segments/segments_orders.csv")},
          QStringList{u"rules"_s, u"add"_s, path, u"--kind"_s, u"order-tag"_s, u"--pattern"_s,
                      u"personalized"_s}}) {
        const auto run = runPvi(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    const auto run = runPvi({u"segments"_s, path, u"--from"_s, u"2025-04-01"_s, u"--to"_s,
                             u"2025-06-30"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(report[u"available"_s].toBool(), true);
    QCOMPARE(report[u"period"_s].toObject()[u"to"_s].toString(), u"2025-06-30"_s);
    QCOMPARE(report[u"customers_at_start"_s].toInt(), 5);
    QCOMPARE(report[u"customers_at_end"_s].toInt(), 6);
    QCOMPARE(report[u"growth_percent"_s].toDouble(), 20.0);
    QVERIFY(report[u"split_reason"_s].isNull());
    const QJsonArray segments = report[u"segments"_s].toArray();
    QCOMPARE(segments.size(), 11);
    // Champions: A and B on 31 Mar, C on 30 Jun; of A and B only A is still active → 50%.
    const QJsonObject champions = segments[0].toObject();
    QCOMPARE(champions[u"id"_s].toString(), u"champions"_s);
    QCOMPARE(champions[u"customers_at_start"_s].toInt(), 2);
    QCOMPARE(champions[u"growth_percent"_s].toDouble(), -50.0);
    QCOMPARE(champions[u"customers"_s].toObject()[u"n"_s].toInt(), 1);
    const QJsonObject retention = champions[u"retention_rate"_s].toObject();
    QCOMPARE(retention[u"value"_s].toDouble(), 50.0);
    QCOMPARE(retention[u"personalized"_s].toObject()[u"value"_s].toDouble(), 100.0);
    QCOMPARE(retention[u"control"_s].toObject()[u"value"_s].toDouble(), 0.0);
    QCOMPARE(champions[u"clv"_s].toObject()[u"value"_s].toDouble(), 800.0);
    // Potential loyalist (F): two orders of 60 in the quarter.
    const QJsonObject potential = segments[2].toObject();
    QCOMPARE(potential[u"average_order_value"_s].toObject()[u"value"_s].toDouble(), 60.0);
    QCOMPARE(potential[u"revenue_per_customer"_s].toObject()[u"value"_s].toDouble(), 120.0);
    // Lost: nobody of it was active on 31 Mar, so no retention rate.
    QVERIFY(segments[10].toObject()[u"retention_rate"_s].toObject()[u"value"_s].isNull());

    const auto table =
        runPvi({u"segments"_s, path, u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"2025-06-30"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("Champions"));
}

void TestSegmentsCli::rejectsAnInvalidPeriod() {
    const QString path = m_dir.path(u"empty.pvi"_s);
    QCOMPARE(runPvi({u"init"_s, path}).exitCode, 0);
    const auto run = runPvi({u"segments"_s, path, u"--from"_s, u"2025-06-30"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--from and --to"));
    // A workspace without orders: not available, with the reason.
    const auto empty = runPvi({u"segments"_s, path, u"--json"_s});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.contains("\"available\": false"));
}

PVI_TEST_CLASS(TestSegmentsCli)
#include "test_segments_cli.moc"
