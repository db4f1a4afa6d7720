// `pvi attribution` run as a process on the fixture and on a workspace: the JSON matches the
// independent numpy reference (1e-9 relative), identical bytes run after run, clear errors.
#include "cli_run.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

using Run = pvi::test::CliRun;

using pvi::test::runPvi;

const QString kTouchpoints = QStringLiteral(PVI_FIXTURES_DIR "/attribution/touchpoints.csv");
const QString kConversions = QStringLiteral(PVI_FIXTURES_DIR "/attribution/conversions.csv");

/// Every number in `expected` (nested objects) found in `actual`; mismatches as text.
void compareNumbers(const QJsonObject& actual, const QJsonObject& expected, const QString& path,
                    QStringList& problems) {
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString where = path + u'/' + it.key();
        if (!actual.contains(it.key())) {
            problems << where + u" missing"_s;
        } else if (it.value().isObject()) {
            compareNumbers(actual.value(it.key()).toObject(), it.value().toObject(), where,
                           problems);
        } else {
            const double e = it.value().toDouble();
            const double a = actual.value(it.key()).toDouble();
            if (!(std::abs(a - e) <= 1e-9 * std::max(1.0, std::abs(e))))
                problems << u"%1: actual %2, expected %3"_s.arg(where)
                                .arg(a, 0, 'g', 17)
                                .arg(e, 0, 'g', 17);
        }
    }
}

} // namespace

class TestAttributionCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonMatchesReference();
    void identicalRunAfterRun();
    void workspace();
    void errors();
    void ga4PathsSource();
};

void TestAttributionCli::jsonMatchesReference() {
    const Run run = runPvi({u"attribution"_s, u"--touchpoints"_s, kTouchpoints, u"--conversions"_s,
                            kConversions, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject actual = QJsonDocument::fromJson(run.out).object();
    QFile file(QStringLiteral(PVI_REFERENCE_DIR "/attribution/expected.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    QStringList problems;
    compareNumbers(actual.value(u"models"_s).toObject(), expected.value(u"models"_s).toObject(),
                   u"models"_s, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(actual.value(u"models"_s).toObject().size(), 7);
    QCOMPARE(actual.value(u"conversions"_s).toInt(), expected.value(u"conversions"_s).toInt());
}

void TestAttributionCli::identicalRunAfterRun() {
    const QStringList args{u"attribution"_s,   u"--touchpoints"_s, kTouchpoints,
                           u"--conversions"_s, kConversions,       u"--json"_s};
    const Run a = runPvi(args);
    const Run b = runPvi(args);
    QCOMPARE(a.exitCode, 0);
    QVERIFY(!a.out.isEmpty());
    QCOMPARE(a.out, b.out);
}

void TestAttributionCli::workspace() {
    // Two journeys: J1 email > search converts (value 10), J2 email does not.
    // Markov: start>email 1; email>search 1/2, email>null 1/2; search>conv 1: P = 1/2.
    // Without email P = 0 (effect 1); without search P = 0 (effect 1): 1/2 conversion each.
    test::TempDir dir;
    const QString path = dir.path(u"shop.pvi"_s);
    {
        auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        opened.workspace->db().exec(
            "INSERT INTO touchpoints (journey_key, touched_at, channel, personalized) VALUES "
            "('J1', '2024-03-01T00:00:00Z', 'email', 1), ('J1', '2024-03-02T00:00:00Z', "
            "'search', 0), ('J2', '2024-03-01T00:00:00Z', 'email', 0);"
            "INSERT INTO conversions (journey_key, converted, converted_at, value) VALUES "
            "('J1', 1, '2024-03-03T00:00:00Z', 10), ('J2', 0, NULL, 0);");
        opened.workspace->checkpoint();
    }
    const Run run = runPvi({u"attribution"_s, path, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject markov = QJsonDocument::fromJson(run.out)
                                   .object()
                                   .value(u"models"_s)
                                   .toObject()
                                   .value(u"markov"_s)
                                   .toObject();
    QCOMPARE(markov.value(u"removal_effect"_s).toObject().value(u"email"_s).toDouble(), 1.0);
    QCOMPARE(markov.value(u"conversions"_s).toObject().value(u"search"_s).toDouble(), 0.5);
    QCOMPARE(markov.value(u"value"_s).toObject().value(u"email"_s).toDouble(), 5.0);
    QCOMPARE(markov.value(u"conversion_probability"_s).toDouble(), 0.5);
    // the email touch on the converted journey is personalized: all of email's credit
    QCOMPARE(markov.value(u"personalized"_s)
                 .toObject()
                 .value(u"conversions"_s)
                 .toObject()
                 .value(u"email"_s)
                 .toDouble(),
             0.5);
}

void TestAttributionCli::errors() {
    test::TempDir dir;
    const QString bad = dir.path(u"bad.csv"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("journey_id,timestamp,channel\nJ1,not a time,email\n");
    file.close();
    const Run badTime = runPvi(
        {u"attribution"_s, u"--touchpoints"_s, bad, u"--conversions"_s, kConversions, u"--json"_s});
    QCOMPARE(badTime.exitCode, 1);
    QVERIFY(badTime.out.isEmpty());
    QVERIFY2(badTime.err.contains("bad.csv:2:2: 'not a time' is not a timestamp"),
             badTime.err.constData());
    const Run usage = runPvi({u"attribution"_s, u"--touchpoints"_s, kTouchpoints});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.contains("--touchpoints and --conversions go together"),
             usage.err.constData());
    const Run missing = runPvi({u"attribution"_s, dir.path(u"none.pvi"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!missing.err.isEmpty());
}

void TestAttributionCli::ga4PathsSource() {
    // `pvi import` of the GA4 conversion paths download, then `pvi attribution --source
    // ga4-paths`: the Markov removal effects and credit are the reference's
    // (make_ga4_paths_reference.py); --source orders works on the same workspace; an unknown
    // source is a usage error, a source the workspace lacks an input error.
    test::TempDir dir;
    const QString ws = dir.path(u"paths.pvi"_s);
    QCOMPARE(runPvi({u"init"_s, ws}).exitCode, 0);
    const Run imported =
        runPvi({u"import"_s, ws, QStringLiteral(PVI_FIXTURES_DIR "/web/ga4_conversion_paths.csv")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const Run run = runPvi({u"attribution"_s, ws, u"--source"_s, u"ga4-paths"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject actual = QJsonDocument::fromJson(run.out).object();
    QFile file(QStringLiteral(PVI_REFERENCE_DIR "/attribution/ga4_paths_expected.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expected =
        QJsonDocument::fromJson(file.readAll()).object().value(u"channel_group"_s).toObject();
    const QJsonObject markov = actual.value(u"models"_s).toObject().value(u"markov"_s).toObject();
    QStringList problems;
    compareNumbers(markov.value(u"removal_effect"_s).toObject(),
                   expected.value(u"removal_effect"_s).toObject(), u"removal_effect"_s, problems);
    const QJsonObject markovExpected = expected.value(u"markov"_s).toObject();
    compareNumbers(markov,
                   {{u"conversions"_s, markovExpected.value(u"conversions"_s)},
                    {u"value"_s, markovExpected.value(u"value"_s)}},
                   u"markov"_s, problems);
    compareNumbers(actual.value(u"models"_s).toObject(), expected.value(u"models"_s).toObject(),
                   u"models"_s, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(actual.value(u"conversions"_s).toDouble(), 302.0);
    QCOMPARE(runPvi({u"attribution"_s, ws, u"--source"_s, u"nope"_s}).exitCode, 2);
    const Run none = runPvi({u"attribution"_s, ws, u"--source"_s, u"touchpoints"_s});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("no touchpoints"), none.err.constData());
}

PVI_TEST_CLASS(TestAttributionCli)
#include "test_attribution_cli.moc"
