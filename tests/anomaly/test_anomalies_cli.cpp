// `pvi anomalies` run as a process on the demo shop: its JSON is findPviAnomalies() on the same
// workspace (same dates, values, expected values and scores to 1e-12 relative), the threshold
// option is applied, and bad input gives clear errors.
#include "cli_run.h"
#include "pvi/engine/metrics_engine.h"
#include "pvi/monitoring/pvi_anomalies.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

using pvi::test::runPvi;

bool close(double a, double b) {
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

} // namespace

class TestAnomaliesCli : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;
    QString m_path;

    void compareWithModel(const QStringList& extra, SeriesGranularity granularity,
                          const QString& id, double threshold);

private Q_SLOTS:
    void initTestCase();
    void dailyRevenue();
    void weeklyOrdersWithThreshold();
    void errors();
};

void TestAnomaliesCli::initTestCase() {
    m_path = m_dir.path(u"demo.pvi"_s);
    const auto run = runPvi({u"demo"_s, m_path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestAnomaliesCli::compareWithModel(const QStringList& extra, SeriesGranularity granularity,
                                        const QString& id, double threshold) {
    const auto run = runPvi(QStringList{u"anomalies"_s, m_path, u"--json"_s} + extra);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();

    auto opened = Workspace::open(m_path, Workspace::Mode::OpenExisting);
    QVERIFY(opened.workspace);
    AnomalySettings settings = loadAnomalySettings(*opened.workspace);
    settings.threshold = threshold;
    const Period period = defaultMetricsQuery(*opened.workspace).period;
    const PviAnomalies expected =
        findPviAnomalies(*opened.workspace, id, period, granularity, settings);
    QVERIFY2(expected.ok(), qPrintable(expected.reason));

    QCOMPARE(json.value(u"pvi"_s).toString(), id);
    QCOMPARE(json.value(u"threshold"_s).toDouble(), threshold);
    QCOMPARE(json.value(u"checked"_s).toInt(), expected.report.checked);
    QCOMPARE(json.value(u"period"_s).toObject().value(u"to"_s).toString(),
             period.to.toString(Qt::ISODate));
    const QJsonArray anomalies = json.value(u"anomalies"_s).toArray();
    QCOMPARE(anomalies.size(), qsizetype(expected.report.anomalies.size()));
    for (qsizetype i = 0; i < anomalies.size(); ++i) {
        const QJsonObject a = anomalies[i].toObject();
        const Anomaly& e = expected.report.anomalies[std::size_t(i)];
        QCOMPARE(a.value(u"date"_s).toString(), e.date.toString(Qt::ISODate));
        QVERIFY(close(a.value(u"value"_s).toDouble(), e.value));
        QVERIFY(close(a.value(u"expected"_s).toDouble(), e.expected));
        if (std::isfinite(e.score))
            QVERIFY(close(a.value(u"score"_s).toDouble(), e.score));
        else
            QVERIFY(a.value(u"score"_s).isNull());
        QCOMPARE(a.value(u"severity"_s).toString(), anomalySeverityId(e.severity));
        QCOMPARE(a.value(u"segment"_s).toString(), e.segment);
    }
}

void TestAnomaliesCli::dailyRevenue() {
    compareWithModel({}, SeriesGranularity::Daily, u"revenue"_s, 3.5);
}

void TestAnomaliesCli::weeklyOrdersWithThreshold() {
    compareWithModel({u"--pvi"_s, u"orders"_s, u"--weekly"_s, u"--threshold"_s, u"1.5"_s},
                     SeriesGranularity::Weekly, u"orders"_s, 1.5);
}

void TestAnomaliesCli::errors() {
    auto run = runPvi({u"anomalies"_s, m_path, u"--pvi"_s, u"predicted_clv"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no daily or weekly series"), run.err.constData());
    run = runPvi({u"anomalies"_s, m_path, u"--threshold"_s, u"-2"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--threshold"), run.err.constData());
    run = runPvi({u"anomalies"_s, m_dir.path(u"missing.pvi"_s)});
    QCOMPARE(run.exitCode, 1);
}

PVI_TEST_CLASS(TestAnomaliesCli)
#include "test_anomalies_cli.moc"
