// The survey importers on fixtures laid out like the real exports (FORMATS.md §5): detection,
// the respondents and answers stored (values worked out by hand from the fixture rows, noted
// beside each check), the remembered question choice, and an idempotent re-import.
#include "importers/import_batches.h"
#include "importers/importer_registry.h"
#include "importers/survey_preview.h"
#include "importers/survey_question_choices.h"
#include "io/csv_reader.h"
#include "store/database.h"
#include "store/workspace.h"
#include "survey_workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

std::int64_t count(Workspace& ws, const char* sql) {
    return ws.db().queryInt(sql, -1);
}

QStringList headerOf(const QString& path) {
    CsvReader reader;
    CsvRow row;
    if (!reader.open(path) || !reader.readRow(row))
        return {};
    return row.fields;
}

} // namespace

class TestSurveyImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detection_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::newRow("google forms") << u"google_forms_responses.csv"_qs << u"google-forms"_qs;
        QTest::newRow("surveymonkey") << u"surveymonkey_responses.csv"_qs << u"surveymonkey"_qs;
        QTest::newRow("typeform") << u"typeform_responses.csv"_qs << u"typeform"_qs;
    }
    void detection() {
        QFETCH(QString, file);
        QFETCH(QString, source);
        const DetectionResult detected =
            ImporterRegistry::instance().detect(headerOf(test::surveyFixture(file)));
        QVERIFY2(detected.spec, qPrintable(file));
        QCOMPARE(detected.spec->id, source);
        QVERIFY2(detected.confidence >= 80, qPrintable(QString::number(detected.confidence)));
    }

    void googleForms() {
        test::TempDir dir;
        auto opened = Workspace::open(dir.path(u"gf.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        Workspace& ws = *opened.workspace;
        const ImportReport report =
            test::importSurvey(ws, test::surveyFixture(u"google_forms_responses.csv"_qs));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.source, u"google-forms"_qs);
        QCOMPARE(report.rowsRead, qint64(9));
        QCOMPARE(report.recordsAdded, qint64(9));
        // Distinct emails (ann answered twice, one row has none): ann, bob, carol, dan, eve,
        // frank, grace = 7 customers.
        QCOMPARE(report.customersAdded, qint64(7));
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses WHERE instrument = 'nps'"), 9);
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses WHERE instrument = 'csat'"), 9);
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses WHERE instrument = 'ces'"), 9);
        // Comments: every row but dan's (empty) = 8.
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses WHERE instrument = 'comment'"),
                 8);
        // "5 - Excellent" three times; sum of CSAT = 5+4+2+3+4+5+1+5+2 = 31 (leading integers).
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses WHERE instrument = 'csat' AND "
                           "score = 5"),
                 3);
        QCOMPARE(count(ws, "SELECT sum(score) FROM survey_responses WHERE instrument = 'csat'"),
                 31);
        // 9:00 PM AST on 30 June is 01:00 UTC on 1 July: the local date is kept, the offset too.
        Statement grace = ws.db().prepare(
            "SELECT r.submitted_date, r.submitted_at, c.email FROM survey_respondents r JOIN "
            "customers c ON c.id = r.customer_id WHERE r.submitted_date = '2022-06-30'");
        QVERIFY(grace.step());
        QCOMPARE(grace.columnText(1), u"2022-06-30T21:00:00-04:00"_qs);
        QCOMPARE(grace.columnText(2), u"grace@example.com"_qs);
    }

    void surveyMonkeyTwoRowHeaderCp1252() {
        test::TempDir dir;
        auto opened = Workspace::open(dir.path(u"sm.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        Workspace& ws = *opened.workspace;
        const ImportReport report =
            test::importSurvey(ws, test::surveyFixture(u"surveymonkey_responses.csv"_qs));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsRead, qint64(6)); // the second header row is not a respondent
        QCOMPARE(report.recordsAdded, qint64(6));
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses WHERE instrument = 'nps'"), 6);
        // The matrix rows are CSAT questions named "question | row" with labelled answers:
        // Delivery 5,2,5,3,4,4 = 23; Packaging 4,1,5,4,2,4 = 20.
        QCOMPARE(count(ws, "SELECT sum(score) FROM survey_responses WHERE question = "
                           "'How satisfied are you with the following? | Delivery'"),
                 23);
        QCOMPARE(count(ws, "SELECT sum(score) FROM survey_responses WHERE question = "
                           "'How satisfied are you with the following? | Packaging'"),
                 20);
        // Check-box options are not imported; "Other (please specify)" text is a comment.
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses WHERE question LIKE "
                           "'Which of our products%| Bread'"),
                 0);
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses WHERE instrument = 'comment' "
                           "AND comment = 'Coffee beans'"),
                 1);
        // Without a remembered choice the agreement question is not imported.
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses WHERE instrument = 'likert'"), 0);
        // Windows-1252 text decoded: é, en dash, right single quote.
        Statement comment =
            ws.db().prepare("SELECT comment FROM survey_responses WHERE comment LIKE 'Tr%'");
        QVERIFY(comment.step());
        QCOMPARE(comment.columnText(0),
                 QString::fromUtf8("Très bien – the café’s bread is wonderful"));
        Statement when = ws.db().prepare(
            "SELECT submitted_date FROM survey_respondents WHERE respondent_key = '11400000005'");
        QVERIFY(when.step());
        QCOMPARE(when.columnText(0), u"2022-06-20"_qs); // End Date, month first
    }

    void rememberedChoiceAndReimport() {
        test::TempDir dir;
        auto opened = Workspace::open(dir.path(u"choice.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        Workspace& ws = *opened.workspace;
        QString error;
        QVERIFY2(setQuestionChoice(ws, test::ethicsQuestion(), SurveyInstrument::Likert, {1, 5},
                                   true, &error),
                 qPrintable(error));
        const QString path = test::surveyFixture(u"surveymonkey_responses.csv"_qs);
        ImportReport report = test::importSurvey(ws, path);
        QVERIFY2(report.ok, qPrintable(report.error));
        // Agree 4, Strongly disagree 1, Strongly agree 5, Neither 3, Disagree 2, Agree 4 = 19.
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses WHERE instrument = 'likert'"), 6);
        QCOMPARE(count(ws, "SELECT sum(score) FROM survey_responses WHERE instrument = 'likert'"),
                 19);
        const std::int64_t answers = count(ws, "SELECT count(*) FROM survey_responses");
        report = test::importSurvey(ws, path);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.recordsAdded, qint64(0));
        QCOMPARE(report.recordsUnchanged, qint64(6));
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_respondents"), 6);
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses"), answers);
    }

    void previewBeforeImport() {
        test::TempDir dir;
        auto opened = Workspace::open(dir.path(u"preview.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        Workspace& ws = *opened.workspace;
        const SurveyPreview preview =
            previewSurvey(ws, test::surveyFixture(u"surveymonkey_responses.csv"_qs));
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(preview.source, u"surveymonkey"_qs);
        QCOMPARE(preview.respondents, qsizetype(6));
        QStringList roles;
        for (const SurveyColumn& c : preview.columns)
            roles << QStringLiteral("%1=%2").arg(c.index).arg(instrumentId(c.instrument));
        // NPS; three check-box options (the third, "Other (please specify)", holds text);
        // two matrix rows of a satisfaction question; the agreement question (no choice yet);
        // the open-ended question.
        QCOMPARE(roles.join(u' '), u"9=nps 10= 11= 12=comment 13=csat 14=csat 15= 16=comment"_qs);
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_respondents"), 0);
    }

    void batchRemoval() {
        test::TempDir dir;
        auto opened = Workspace::open(dir.path(u"remove.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        Workspace& ws = *opened.workspace;
        const ImportReport forms =
            test::importSurvey(ws, test::surveyFixture(u"google_forms_responses.csv"_qs));
        const ImportReport monkey =
            test::importSurvey(ws, test::surveyFixture(u"surveymonkey_responses.csv"_qs));
        QVERIFY(forms.ok && monkey.ok);
        QString error;
        QVERIFY2(removeImportBatch(ws, forms.batchId, &error), qPrintable(error));
        // The Google Forms respondents and answers go; the SurveyMonkey ones stay with their
        // customers (bob, eve, hank, ivy, carol, ann); dan, frank and grace answered only the
        // removed survey and go too.
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_respondents"), 6);
        QCOMPARE(count(ws, "SELECT count(*) FROM customers"), 6);
        QVERIFY2(removeImportBatch(ws, monkey.batchId, &error), qPrintable(error));
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_respondents"), 0);
        QCOMPARE(count(ws, "SELECT count(*) FROM customers"), 0);
    }

    void typeform() {
        test::TempDir dir;
        auto opened = Workspace::open(dir.path(u"tf.pvi"_qs), Workspace::Mode::CreateOrOpen);
        QVERIFY(opened.workspace);
        Workspace& ws = *opened.workspace;
        const ImportReport report =
            test::importSurvey(ws, test::surveyFixture(u"typeform_responses.csv"_qs));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.recordsAdded, qint64(4));
        QCOMPARE(report.customersAdded, qint64(3)); // ivy, dan, grace; the partial one has none
        QCOMPARE(count(ws, "SELECT sum(score) FROM survey_responses WHERE instrument = 'nps'"), 32);
        QCOMPARE(count(ws, "SELECT count(*) FROM survey_responses WHERE instrument = 'comment'"),
                 3);
        Statement when = ws.db().prepare("SELECT submitted_at FROM survey_respondents WHERE "
                                         "respondent_key LIKE 'z1x2%'");
        QVERIFY(when.step());
        QCOMPARE(when.columnText(0), u"2022-06-29T00:05:10+00:00"_qs); // Submit Date (UTC)
    }

    void leadingIntegersAndLabels() {
        const ScoreScale nps{0, 10}, csat{1, 5}, ces{1, 7};
        QCOMPARE(parseScoreAnswer(u"10 (Extremely likely)", nps).value, 10.0);
        QCOMPARE(parseScoreAnswer(u"0 - Not at all likely", nps).value, 0.0);
        QCOMPARE(parseScoreAnswer(u"5 - Excellent: Engaging, clear", csat).value, 5.0);
        QCOMPARE(parseScoreAnswer(u"Very satisfied", csat).value, 5.0);
        QCOMPARE(parseScoreAnswer(u"Strongly agree", ces).value, 7.0);
        QCOMPARE(parseScoreAnswer(u"Somewhat disagree", ces).value, 3.0);
        QVERIFY(parseScoreAnswer(u"N/A", csat).status == ScoreAnswer::Status::NotApplicable);
        QVERIFY(parseScoreAnswer(u"great", csat).status == ScoreAnswer::Status::Invalid);
        QVERIFY(classifyQuestion(u"How likely are you to recommend us?"_qs) ==
                SurveyInstrument::Nps);
        QVERIFY(classifyQuestion(u"The company made it easy for me to handle my issue."_qs) ==
                SurveyInstrument::Ces);
        QVERIFY(classifyQuestion(u"How satisfied were you?"_qs) == SurveyInstrument::Csat);
        QVERIFY(classifyQuestion(u"Gender"_qs) == SurveyInstrument::None);
    }
};

PVI_TEST_CLASS(TestSurveyImport)
#include "test_survey_import.moc"
