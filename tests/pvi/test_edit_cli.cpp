// `pvi costs`, `pvi targets` and `pvi settings` end to end: each edit is stored as given and
// listed back; an invalid edit is refused with its reason and changes nothing (a settings edit
// with one bad value stores none of its values).
#include "cli_run.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using pvi::test::runPvi;

QJsonArray listedAsJson(const QString& command, const QString& path) {
    const auto run = runPvi({command, u"list"_s, path, u"--json"_s});
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

QJsonObject settingOf(const QJsonArray& settings, const QString& key) {
    for (const QJsonValue& v : settings)
        if (v.toObject()[u"key"_s].toString() == key)
            return v.toObject();
    return {};
}

} // namespace

class TestEditCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void costsAreAddedListedAndRemoved();
    void targetsAreSetListedAndRemoved();
    void settingsAreSetTogetherOrNotAtAll();

private:
    pvi::test::TempDir m_dir;
    QString m_path;
};

void TestEditCli::init() {
    m_path = m_dir.path(QString::fromLatin1(QTest::currentTestFunction()) + u".pvi"_s);
    const auto run = runPvi({u"init"_s, m_path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestEditCli::costsAreAddedListedAndRemoved() {
    const auto added = runPvi({u"costs"_s, u"add"_s, m_path, u"--from"_s, u"2025-03-01"_s,
                               u"--to"_s, u"2025-03-31"_s, u"--category"_s, u"personalization"_s,
                               u"--amount"_s, u"310.5"_s, u"--note"_s, u"Klaviyo plan"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(added.out.startsWith("added cost 1"), added.out.constData());
    QJsonArray costs = listedAsJson(u"costs"_s, m_path);
    QCOMPARE(costs.size(), 1);
    const QJsonObject cost = costs[0].toObject();
    QCOMPARE(cost[u"from"_s].toString(), u"2025-03-01"_s);
    QCOMPARE(cost[u"channel"_s].toString(), u"unspecified"_s);
    QCOMPARE(cost[u"amount"_s].toDouble(), 310.5);
    QVERIFY2(cost[u"batch"_s].isNull(), "a cost entered by hand has no batch");

    const auto refused =
        runPvi({u"costs"_s, u"add"_s, m_path, u"--from"_s, u"2025-03-31"_s, u"--to"_s,
                u"2025-03-01"_s, u"--category"_s, u"other"_s, u"--amount"_s, u"5"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("nothing was changed"), refused.err.constData());
    QCOMPARE(listedAsJson(u"costs"_s, m_path).size(), 1);

    const auto removed = runPvi({u"costs"_s, u"remove"_s, m_path, u"1"_s});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QCOMPARE(listedAsJson(u"costs"_s, m_path).size(), 0);
    QCOMPARE(runPvi({u"costs"_s, u"remove"_s, m_path, u"1"_s}).exitCode, 1);
}

void TestEditCli::targetsAreSetListedAndRemoved() {
    const auto set = runPvi({u"targets"_s, u"set"_s, m_path, u"repeat_purchase_rate"_s,
                             u"--target"_s, u"30"_s, u"--alert-low"_s, u"25"_s});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QJsonArray targets = listedAsJson(u"targets"_s, m_path);
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets[0].toObject()[u"pvi"_s].toString(), u"repeat_purchase_rate"_s);
    QCOMPARE(targets[0].toObject()[u"target"_s].toDouble(), 30.0);
    QCOMPARE(targets[0].toObject()[u"alert_low"_s].toDouble(), 25.0);
    QVERIFY(targets[0].toObject()[u"alert_high"_s].isNull());

    for (const QStringList& bad :
         {QStringList{u"no_such_pvi"_s, u"--target"_s, u"1"_s},
          QStringList{u"repeat_purchase_rate"_s, u"--target"_s, u"20"_s, u"--alert-low"_s, u"40"_s,
                      u"--alert-high"_s, u"30"_s},
          QStringList{u"repeat_purchase_rate"_s, u"--alert-low"_s, u"10"_s}}) {
        const auto refused = runPvi(QStringList{u"targets"_s, u"set"_s, m_path} + bad);
        QVERIFY2(refused.exitCode == 1, qPrintable(bad.join(u' ')));
        QVERIFY2(refused.err.contains("nothing was changed"), refused.err.constData());
    }
    targets = listedAsJson(u"targets"_s, m_path);
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets[0].toObject()[u"target"_s].toDouble(), 30.0);

    const auto removed = runPvi({u"targets"_s, u"remove"_s, m_path, u"repeat_purchase_rate"_s});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QCOMPARE(listedAsJson(u"targets"_s, m_path).size(), 0);
}

void TestEditCli::settingsAreSetTogetherOrNotAtAll() {
    const auto set =
        runPvi({u"settings"_s, u"set"_s, m_path, u"gross_margin=0.35"_s, u"anomaly_window=12"_s});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QJsonArray settings = listedAsJson(u"settings"_s, m_path);
    QCOMPARE(settingOf(settings, u"gross_margin"_s)[u"value"_s].toString(), u"0.35"_s);
    QCOMPARE(settingOf(settings, u"gross_margin"_s)[u"set"_s].toBool(), true);
    QCOMPARE(settingOf(settings, u"anomaly_window"_s)[u"value"_s].toString(), u"12"_s);
    QCOMPARE(settingOf(settings, u"activity_window_days"_s)[u"set"_s].toBool(), false);

    // One value out of range: none of the three is stored.
    const auto refused = runPvi({u"settings"_s, u"set"_s, m_path, u"gross_margin=0.2"_s,
                                 u"activity_window_days=30"_s, u"anomaly_window=999"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("nothing was changed"), refused.err.constData());
    settings = listedAsJson(u"settings"_s, m_path);
    QCOMPARE(settingOf(settings, u"gross_margin"_s)[u"value"_s].toString(), u"0.35"_s);
    QCOMPARE(settingOf(settings, u"activity_window_days"_s)[u"set"_s].toBool(), false);
    QCOMPARE(runPvi({u"settings"_s, u"set"_s, m_path, u"no_such_key=1"_s}).exitCode, 1);
    QCOMPARE(runPvi({u"settings"_s, u"set"_s, m_path, u"gross_margin"_s}).exitCode, 2);
}

PVI_TEST_CLASS(TestEditCli)
#include "test_edit_cli.moc"
