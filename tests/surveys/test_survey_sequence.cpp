// The survey snapshot reads the answers in the table's order and puts them in the order of
// `ORDER BY r.submitted_date, r.id, a.id` itself: the same sequence as SQLite's, on submission
// dates stored in odd ways (none, a time after the date, ties, non-ASCII text, a character outside
// the BMP that UTF-16 and UTF-8 order differently) and answers stored out of their respondents'
// order. The PVIs sum scores in that sequence, so another one could change their last digits.
#include "pvi/surveys/survey_snapshot.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

class TestSurveySequence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersComeInSqlitesSequence() {
        test::TempDir dir;
        auto ws =
            Workspace::open(dir.path(QStringLiteral("sequence.pvi")), Workspace::Mode::CreateOrOpen)
                .workspace;
        QVERIFY(ws);
        ws->db().exec("INSERT INTO import_batches (id, file_name, file_path, sha256, source, "
                      "imported_at) VALUES (1, 'f.csv', '/f.csv', 'x', 'google-forms', 'now')");
        const struct {
            qint64 id;
            const char* date; // null: no submission date
        } respondents[] = {
            {1, "2024-03-01"},
            {2, "2024-03-01"},       // a tie: by id
            {3, "2024-02-15 08:00"}, // sorts after the plain date as text
            {4, "2024-02-15"},
            {5, nullptr},                      // first, whatever its id
            {6, "2024-01-10\xc3\xa9"},         // é
            {7, "2024-01-05\xf0\x9f\x98\x80"}, // U+1F600: after U+FF5E in UTF-8
            {8, "2024-01-05\xef\xbd\x9e"},     // U+FF5E: after U+1F600 in UTF-16
            {9, "not a date"},
            {10, nullptr},
        };
        Statement respondent = ws->db().prepare(
            "INSERT INTO survey_respondents (id, batch_id, platform, survey, survey_title, "
            "respondent_key, submitted_date) VALUES (?1, 1, 'forms', 's', 'S', ?1, ?2)");
        for (const auto& r : respondents) {
            respondent.bind(1, static_cast<std::int64_t>(r.id));
            if (r.date)
                respondent.bind(2, QString::fromUtf8(r.date));
            else
                respondent.bindNull(2);
            respondent.run();
            respondent.reset();
        }
        // Answers stored against their respondents' order, and two per respondent in reverse.
        Statement answer = ws->db().prepare(
            "INSERT INTO survey_responses (id, respondent_id, batch_id, question, instrument, "
            "score, scale_min, scale_max) VALUES (?1, ?2, 1, ?3, 'nps', 9, 0, 10)");
        qint64 answerId = 100;
        for (qint64 r = 10; r >= 1; --r) {
            for (const char* question : {"later", "earlier"}) {
                answer.bind(1, static_cast<std::int64_t>(answerId--))
                    .bind(2, static_cast<std::int64_t>(r))
                    .bind(3, QString::fromUtf8(question));
                answer.run();
                answer.reset();
            }
        }
        QStringList expected;
        Statement sorted = ws->db().prepare(
            "SELECT r.id, a.question FROM survey_responses a JOIN survey_respondents r "
            "ON r.id = a.respondent_id ORDER BY r.submitted_date, r.id, a.id");
        while (sorted.step())
            expected
                << QStringLiteral("%1/%2").arg(sorted.columnInt64(0)).arg(sorted.columnText(1));
        QCOMPARE(expected.size(), 20);
        QVERIFY2(expected.first().startsWith(u"5/"), "SQLite puts no date first");

        const SurveySnapshot snapshot = SurveySnapshot::load(*ws);
        QStringList actual;
        for (const SurveyAnswer& a : snapshot.answers)
            actual << QStringLiteral("%1/%2").arg(a.respondentId).arg(a.question);
        QCOMPARE(actual.join(u' '), expected.join(u' '));
    }
};

PVI_TEST_CLASS(TestSurveySequence)
#include "test_survey_sequence.moc"
