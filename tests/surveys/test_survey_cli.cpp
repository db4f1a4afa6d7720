// `pvi init`, `pvi import` of the three fixture surveys and `pvi metrics --json` end to end: the
// built `pvi` must report the survey PVIs with the overall values of
// tests/reference/surveys/reference.json (no personalization rule: no split).
#include "cli_run.h"
#include "survey_workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pvi;

namespace {

using Run = pvi::test::CliRun;

using pvi::test::runPvi;

} // namespace

class TestSurveyCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importAndMetrics() {
        test::TempDir dir;
        const QString ws = dir.path(u"cli.pvi"_qs);
        Run run = runPvi({u"init"_qs, ws});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runPvi({u"import"_qs, ws, test::surveyFixture(u"google_forms_responses.csv"_qs),
                      test::surveyFixture(u"surveymonkey_responses.csv"_qs),
                      test::surveyFixture(u"typeform_responses.csv"_qs)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runPvi({u"metrics"_qs, ws, u"--json"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonDocument doc = QJsonDocument::fromJson(run.out);
        QVERIFY2(doc.isObject(), run.out.left(400).constData());
        const QJsonArray pvis = doc.object()[u"pvis"].toArray();
        QVERIFY2(!pvis.isEmpty(), run.out.left(400).constData());
        const QJsonObject expected =
            test::loadSurveyReference(u"reference.json"_qs)[u"pvis"].toObject();
        int seen = 0;
        for (const QJsonValue& value : pvis) {
            const QJsonObject pvi = value.toObject();
            const QString id = pvi[u"id"].toString();
            if (id != u"nps" && id != u"csat" && id != u"ces" && id != u"comment_sentiment")
                continue;
            ++seen;
            QVERIFY2(pvi[u"available"].toBool(),
                     qPrintable(id + u": "_qs + pvi[u"reason"].toString()));
            const double e = expected[id][u"value"].toDouble();
            QVERIFY2(
                std::fabs(pvi[u"value"].toDouble() - e) < 1e-9,
                qPrintable(
                    QStringLiteral("%1: %2 vs %3").arg(id).arg(pvi[u"value"].toDouble()).arg(e)));
            QCOMPARE(pvi[u"n"].toInt(), expected[id][u"n"].toInt());
            QVERIFY(!pvi[u"split_reason"].toString().isEmpty()); // no rule in this workspace
        }
        QCOMPARE(seen, 4);
        for (const QJsonValue& value : pvis) {
            if (value[u"id"].toString() == u"nps_uplift") {
                QVERIFY(!value[u"available"].toBool());
                QVERIFY(value[u"reason"].toString().contains(u"rule"_qs));
            }
        }
    }
};

PVI_TEST_CLASS(TestSurveyCli)
#include "test_survey_cli.moc"
