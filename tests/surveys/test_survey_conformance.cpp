// The real SurveyMonkey exports in the shared datasets (FiveThirtyEight's Star Wars survey, not
// valid UTF-8, and the steak survey): respondent counts and, with the Star Wars ranking of
// Episode V chosen once as a 1–6 Likert question, its distribution against pandas
// (tests/reference/surveys/real_exports.json, make_reference.py SHARED_EXPORTS_DIR).
#include "importers/survey_question_choices.h"
#include "store/database.h"
#include "store/workspace.h"
#include "survey_workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

QString exportPath(const QString& name) {
    return QStringLiteral(PVI_SHARED_DATASETS_DIR "/exports/") + name;
}

} // namespace

class TestSurveyConformance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void starWars() {
        const QJsonObject e =
            test::loadSurveyReference(u"real_exports.json"_qs)[u"starwars"].toObject();
        test::TempDir dir;
        auto opened = Workspace::open(dir.path(u"sw.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        Workspace& ws = *opened.workspace;
        const QString question = e[u"question"].toString();
        QVERIFY(setQuestionChoice(ws, question, SurveyInstrument::Likert, {1, 6}, false));
        const ImportReport report =
            test::importSurvey(ws, exportPath(u"surveymonkey_starwars_survey.csv"_qs));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.source, u"surveymonkey"_qs);
        QCOMPARE(report.recordsAdded, qint64(e[u"respondents"].toInt()));
        QCOMPARE(ws.db().queryInt("SELECT count(*) FROM survey_respondents"),
                 std::int64_t(e[u"respondents"].toInt()));
        // No NPS, CSAT or CES question in this survey: nothing may be taken for one.
        QCOMPARE(ws.db().queryInt("SELECT count(*) FROM survey_responses WHERE instrument IN "
                                  "('nps', 'csat', 'ces')"),
                 std::int64_t(0));
        const QJsonObject distribution = e[u"distribution"].toObject();
        Statement stmt = ws.db().prepare("SELECT score, count(*) FROM survey_responses WHERE "
                                         "question = ?1 GROUP BY score ORDER BY score");
        stmt.bind(1, question);
        int rows = 0;
        while (stmt.step()) {
            ++rows;
            const QString score = QString::number(stmt.columnInt(0));
            QVERIFY2(distribution.contains(score), qPrintable(score));
            QCOMPARE(stmt.columnInt64(1), std::int64_t(distribution[score].toInt()));
        }
        QCOMPARE(rows, int(distribution.size()));
    }

    void steak() {
        const QJsonObject e =
            test::loadSurveyReference(u"real_exports.json"_qs)[u"steak"].toObject();
        test::TempDir dir;
        auto opened = Workspace::open(dir.path(u"steak.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        Workspace& ws = *opened.workspace;
        const ImportReport report =
            test::importSurvey(ws, exportPath(u"surveymonkey_steak_risk_survey.csv"_qs));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsRead, qint64(e[u"respondents"].toInt()));
        QCOMPARE(ws.db().queryInt("SELECT count(*) FROM survey_respondents"),
                 std::int64_t(e[u"respondents"].toInt()));
        QCOMPARE(ws.db().queryInt("SELECT count(*) FROM survey_responses WHERE instrument IN "
                                  "('nps', 'csat', 'ces')"),
                 std::int64_t(0));
    }
};

PVI_TEST_CLASS(TestSurveyConformance)
#include "test_survey_conformance.moc"
