// Marking survey questions after an import: choice answers kept for every choice question, a
// question marked as a segment of the "survey" dimension, an ethics mark that takes effect
// without a re-import, re-imports replacing choice answers, and `pvi surveys` parsing and errors.
//
// The Google Forms file below (kChoiceSurvey), by hand:
//
//   respondent       heard about us                          "shown these offers" (1–5 digits)
//   ann (Mar)        Instagram                               4
//   bob              A friend                                5
//   carol            Instagram                               2
//   dan              -                                       3
//   (no email)       Google search                           4
//   ann (Jun)        Instagram                               5
//   eve              Walked by the shop, on my way to work   1
//
// Choice answers stored: heard 6 (dan's is empty), "shown these offers" 7 (digits read as choices:
// no instrument in the wording). Survey segments by customer: Instagram 2 (ann once, carol), A
// friend 1 (bob), Walked by… 1 (eve); the respondent without an email has no customer.
#include "cli_run.h"
#include "importers/survey_question_marks.h"
#include "pvi/segments/customer_attributes.h"
#include "pvi/segments/workspace_dimensions.h"
#include "pvi/surveys/pvi_surveys.h"
#include "pvi/surveys/survey_snapshot.h"
#include "store/database.h"
#include "store/workspace.h"
#include "survey_workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>

using namespace pvi;

namespace {

constexpr const char* kChoiceSurvey =
    "Timestamp,Email Address,How likely are you to recommend us to a friend or colleague?,"
    "How did you hear about us?,I understand why I am shown these offers\n"
    "2022/03/15 9:12:01 AM AST,ann@example.com,9,Instagram,4\n"
    "2022/04/05 10:00:00 AM AST,bob@example.com,10,A friend,5\n"
    "2022/04/18 2:30:00 PM AST,carol@example.com,6,Instagram,2\n"
    "2022/05/02 8:45:10 AM AST,dan@example.com,8,,3\n"
    "2022/05/20 5:05:05 PM AST,,7,Google search,4\n"
    "2022/06/01 11:11:11 AM AST,ann@example.com,10,Instagram,5\n"
    "2022/06/10 12:00:00 PM AST,eve@example.com,3,\"Walked by the shop, on my way to work\",1\n";

const QString kHeard = QStringLiteral("How did you hear about us?");
const QString kShown = QStringLiteral("I understand why I am shown these offers");

QString writeSurvey(const test::TempDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.path(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

std::int64_t storedRows(Workspace& ws, const char* sql) {
    return ws.db().queryInt(sql, -1);
}

/// Customers per survey-dimension label, from the attributes the dimension is built from.
std::map<QString, int> surveyGroups(Workspace& ws) {
    const CustomerAttributeTable table = loadCustomerAttributes(ws.db());
    std::map<QString, int> groups;
    for (const auto& [customer, attributes] : table.byCustomer) {
        for (const QString& label : attributes.surveyAnswers)
            ++groups[label];
    }
    return groups;
}

QString describeGroups(const std::map<QString, int>& groups) {
    QStringList parts;
    for (const auto& [label, n] : groups)
        parts << QStringLiteral("%1 = %2").arg(label).arg(n);
    return parts.join(QStringLiteral("; "));
}

/// A new workspace in `dir` with kChoiceSurvey imported from choices.csv; null on a failure.
std::unique_ptr<Workspace> choiceWorkspace(const test::TempDir& dir) {
    auto opened = Workspace::open(dir.path(u"choices.pvi"_qs), Workspace::Mode::CreateOrOpen);
    if (!opened.workspace ||
        !test::importSurvey(*opened.workspace, writeSurvey(dir, u"choices.csv"_qs, kChoiceSurvey))
             .ok)
        return nullptr;
    return std::move(opened.workspace);
}

PviResult ethicsScore(Workspace& ws) {
    return computeSurveyPvi(SurveySnapshot::load(ws),
                            QStringLiteral("personalization_ethics_score"),
                            {QDate(2022, 1, 1), QDate(2022, 12, 31)});
}

} // namespace

class TestSurveyMarks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choiceAnswersBecomeSegments() {
        test::TempDir dir;
        const std::unique_ptr<Workspace> opened = choiceWorkspace(dir);
        QVERIFY2(opened, "the choice survey could not be imported");
        Workspace& ws = *opened;
        QCOMPARE(storedRows(ws, "SELECT count(*) FROM survey_segment_answers WHERE question = "
                                "'How did you hear about us?'"),
                 6);
        QCOMPARE(storedRows(ws, "SELECT count(*) FROM survey_segment_answers WHERE question = "
                                "'I understand why I am shown these offers'"),
                 7);
        QVERIFY2(surveyGroups(ws).empty(), "no question is a segment before it is marked");

        SurveyQuestionMark mark;
        mark.segment = true;
        const SurveyMarkOutcome outcome = markSurveyQuestion(ws, kHeard, mark);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.use.isSegment);
        QCOMPARE(outcome.use.choiceAnswers, qint64(6));
        const std::map<QString, int> expected{
            {u"How did you hear about us?: Instagram"_qs, 2},
            {u"How did you hear about us?: A friend"_qs, 1},
            {u"How did you hear about us?: Walked by the shop, on my way to work"_qs, 1}};
        const std::map<QString, int> groups = surveyGroups(ws);
        QVERIFY2(groups == expected, qPrintable(u"got "_qs + describeGroups(groups)));
        const CustomerAttributeTable table = loadCustomerAttributes(ws.db());
        const auto dimension = attributeDimension(u"survey"_qs, table);
        QVERIFY(dimension);
        QVERIFY2(dimension->labels.size() >= 3 &&
                     dimension->labels.front().name == u"How did you hear about us?: Instagram"_qs,
                 "the largest survey segment (Instagram, 2 customers) comes first");

        mark.segment = false;
        QVERIFY(markSurveyQuestion(ws, kHeard, mark).ok);
        QVERIFY2(surveyGroups(ws).empty(), "unmarking the segment empties the dimension");
    }

    void reimportReplacesChoiceAnswers() {
        test::TempDir dir;
        const std::unique_ptr<Workspace> opened = choiceWorkspace(dir);
        QVERIFY2(opened, "the choice survey could not be imported");
        Workspace& ws = *opened;
        // A newer download: bob now answers "Instagram", eve's answer is cleared.
        QByteArray newer(kChoiceSurvey);
        newer.replace("10,A friend,5", "10,Instagram,5");
        newer.replace("3,\"Walked by the shop, on my way to work\",1", "3,,1");
        // Same file name: the survey title is part of what a re-import compares.
        const ImportReport report =
            test::importSurvey(ws, writeSurvey(dir, u"choices.csv"_qs, newer));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.recordsUpdated, qint64(2));
        QCOMPARE(report.recordsUnchanged, qint64(5));
        QCOMPARE(storedRows(ws, "SELECT count(*) FROM survey_respondents"), 7);
        QCOMPARE(storedRows(ws, "SELECT count(*) FROM survey_segment_answers WHERE question = "
                                "'How did you hear about us?'"),
                 5);
        QCOMPARE(storedRows(ws, "SELECT count(*) FROM survey_segment_answers WHERE answer = "
                                "'Instagram'"),
                 4);
        // The replaced answers belong to the newer import: removing it removes them.
        QCOMPARE(storedRows(ws, "SELECT count(DISTINCT batch_id) FROM survey_segment_answers"), 2);
    }

    void ethicsMarkTakesEffectWithoutReimport() {
        test::TempDir dir;
        auto opened = Workspace::open(dir.path(u"ethics.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        Workspace& ws = *opened.workspace;
        QString error;
        QVERIFY2(setQuestionChoice(ws, test::ethicsQuestion(), SurveyInstrument::Likert, {1, 5},
                                   false, &error),
                 qPrintable(error));
        QVERIFY(test::importSurvey(ws, test::surveyFixture(u"surveymonkey_responses.csv"_qs)).ok);
        PviResult before = ethicsScore(ws);
        QVERIFY2(!before.available, "no question is marked as ethics yet");

        SurveyQuestionMark mark;
        mark.ethics = true;
        const SurveyMarkOutcome outcome = markSurveyQuestion(ws, test::ethicsQuestion(), mark);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY2(outcome.notes.isEmpty(), qPrintable(outcome.notes.join(u"; ")));
        QVERIFY(outcome.use.isEthics());
        const PviResult after = ethicsScore(ws);
        QVERIFY2(after.available, qPrintable(after.reason));
        // Likert 4, 1, 5, 3, 2, 4 on 0–100: 75, 0, 100, 50, 25, 75, mean 325/6.
        QVERIFY2(
            after.value && std::fabs(*after.value - 325.0 / 6.0) < 1e-9,
            qPrintable(
                QStringLiteral("ethics score %1, expected 54.17").arg(after.value.value_or(-1))));
    }

    void ethicsNeedsAScoreQuestion() {
        test::TempDir dir;
        const std::unique_ptr<Workspace> opened = choiceWorkspace(dir);
        QVERIFY2(opened, "the choice survey could not be imported");
        Workspace& ws = *opened;
        SurveyQuestionMark ethics;
        ethics.ethics = true;
        SurveyMarkOutcome outcome = markSurveyQuestion(ws, kShown, ethics);
        QVERIFY2(!outcome.ok && outcome.error.contains(u"--as likert"_qs),
                 qPrintable(u"expected a hint to mark it as Likert, got: "_qs + outcome.error));

        // As Likert and ethics: remembered, and the answers read as choices need a re-import.
        ethics.instrument = SurveyInstrument::Likert;
        outcome = markSurveyQuestion(ws, kShown, ethics);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY2(outcome.notes.join(u' ').contains(u"import the survey file again"_qs),
                 qPrintable(u"expected a re-import note, got: "_qs + outcome.notes.join(u"; ")));
        QVERIFY(outcome.use.needsReimport());
        QVERIFY(!ethicsScore(ws).available);

        QByteArray again(kChoiceSurvey);
        again.replace("AM AST,dan", "AM AST,Dan"); // a newer download, same respondents
        QVERIFY(test::importSurvey(ws, writeSurvey(dir, u"choices2.csv"_qs, again)).ok);
        QCOMPARE(storedRows(ws, "SELECT count(*) FROM survey_segment_answers WHERE question = "
                                "'I understand why I am shown these offers'"),
                 0);
        QCOMPARE(
            storedRows(ws, "SELECT count(*) FROM survey_responses WHERE instrument = 'likert'"), 7);
        const PviResult score = ethicsScore(ws);
        // 4, 5, 2, 3, 4, 5, 1 on 0–100: 75, 100, 25, 50, 75, 100, 0 = 425 / 7.
        QVERIFY2(
            score.value && std::fabs(*score.value - 425.0 / 7.0) < 1e-9,
            qPrintable(
                QStringLiteral("ethics score %1, expected 60.71").arg(score.value.value_or(-1))));
    }

    void unknownQuestionSuggestsCloseOnes() {
        const std::vector<SurveyQuestionUse> uses{{kHeard, {}, {}, {}, false, 0, 6},
                                                  {kShown, {}, {}, {}, false, 0, 7}};
        QCOMPARE(closeSurveyQuestions(uses, u"how did you hear about us"_qs), QStringList{kHeard});
        QCOMPARE(closeSurveyQuestions(uses, u"hear about"_qs), QStringList{kHeard});
        QVERIFY(closeSurveyQuestions(uses, u"favourite colour"_qs).isEmpty());
    }

    void cliListsMarksAndRejects() {
        test::TempDir dir;
        const QString ws = dir.path(u"cli.pvi"_qs);
        const QString path = writeSurvey(dir, u"choices.csv"_qs, kChoiceSurvey);
        for (const QStringList& args : {QStringList{u"init"_qs, ws}, {u"import"_qs, ws, path}}) {
            const test::CliRun run = test::runPvi(args);
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        test::CliRun run = test::runPvi(
            {u"surveys"_qs, u"mark"_qs, ws, u"How did you hear about us"_qs, u"--segment"_qs});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("did you mean: 'How did you hear about us?'"),
                 run.err.constData());
        run = test::runPvi({u"surveys"_qs, u"mark"_qs, ws, kHeard, u"--as"_qs, u"bogus"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("unknown instrument 'bogus'"), run.err.constData());
        run = test::runPvi({u"surveys"_qs, u"mark"_qs, ws, kShown, u"--scale"_qs, u"5-1"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("'5-1' is not a scale"), run.err.constData());
        run = test::runPvi({u"surveys"_qs, u"mark"_qs, ws, kHeard});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("nothing to mark"), run.err.constData());
        run = test::runPvi({u"surveys"_qs, u"mark"_qs, ws, kHeard, u"--segment"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("choice, segment"), run.out.constData());

        run = test::runPvi({u"surveys"_qs, ws, u"--json"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray questions =
            QJsonDocument::fromJson(run.out).object()[u"questions"].toArray();
        QCOMPARE(questions.size(), 3); // NPS, heard about us, shown these offers
        QJsonObject heard;
        for (const QJsonValue& q : questions) {
            if (q[u"question"].toString() == kHeard)
                heard = q.toObject();
        }
        QCOMPARE(heard[u"instrument"].toString(), u"choice"_qs);
        QCOMPARE(heard[u"segment"].toBool(), true);
        QCOMPARE(heard[u"choice_answers"].toInt(), 6);
        QCOMPARE(heard[u"ethics"].toBool(), false);

        run = test::runPvi({u"surveys"_qs, u"unmark"_qs, ws, kHeard, u"--segment"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = test::runPvi({u"surveys"_qs, ws, u"--json"_qs});
        for (const QJsonValue& q :
             QJsonDocument::fromJson(run.out).object()[u"questions"].toArray()) {
            QVERIFY2(!q[u"segment"].toBool(),
                     qPrintable(q[u"question"].toString() + u" is still a segment"_qs));
        }
        run = test::runPvi({u"surveys"_qs, ws});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("nps 0-10") && run.out.contains(kHeard.toUtf8()),
                 run.out.constData());
    }
};

PVI_TEST_CLASS(TestSurveyMarks)
#include "test_survey_marks.moc"
