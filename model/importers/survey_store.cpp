#include "importers/survey_store.h"

#include "importers/import_context.h"
#include "importers/sql_values.h"
#include "store/database.h"

#include <QStringList>

#include <algorithm>

namespace pvi {

namespace {

QString scoreText(const std::optional<double>& score) {
    return score ? QString::number(*score, 'g', 15) : QString();
}

/// A comparable text of a respondent's stored values and answers.
QStringList signatureOf(const SurveyRespondentRecord& r, std::int64_t customerId,
                        const QString& identity) {
    QStringList lines{r.surveyTitle, identity, QString::number(customerId), r.submittedAt,
                      r.submittedDate};
    QStringList answers;
    for (const SurveyAnswerRecord& a : r.answers)
        answers << QStringList{a.question, instrumentId(a.instrument), scoreText(a.score),
                               a.comment}
                       .join(QChar(0x1f));
    for (const SurveyChoiceAnswer& c : r.choiceAnswers)
        answers << QStringList{c.question, c.answer}.join(QChar(0x1e));
    std::sort(answers.begin(), answers.end());
    return lines + answers;
}

QStringList storedSignature(Database& db, std::int64_t respondentId) {
    Statement head = db.prepare("SELECT survey_title, email, customer_id, submitted_at, "
                                "submitted_date FROM survey_respondents WHERE id = ?1");
    head.bind(1, respondentId);
    QStringList lines;
    if (head.step())
        lines << head.columnText(0) << head.columnText(1)
              << QString::number(head.isNull(2) ? 0 : head.columnInt64(2)) << head.columnText(3)
              << head.columnText(4);
    Statement answers = db.prepare("SELECT question, instrument, score, comment FROM "
                                   "survey_responses WHERE respondent_id = ?1");
    answers.bind(1, respondentId);
    QStringList rows;
    while (answers.step()) {
        const std::optional<double> score =
            answers.isNull(2) ? std::nullopt : std::optional<double>(answers.columnDouble(2));
        rows << QStringList{answers.columnText(0), answers.columnText(1), scoreText(score),
                            answers.columnText(3)}
                    .join(QChar(0x1f));
    }
    Statement choices =
        db.prepare("SELECT question, answer FROM survey_segment_answers WHERE respondent_id = ?1");
    choices.bind(1, respondentId);
    while (choices.step())
        rows << QStringList{choices.columnText(0), choices.columnText(1)}.join(QChar(0x1e));
    std::sort(rows.begin(), rows.end());
    return lines + rows;
}

} // namespace

void storeSurveyRespondent(ImportContext& context, const SurveyRespondentRecord& r) {
    Database& db = context.db();
    const std::int64_t customerId = r.email.isEmpty() ? 0 : context.customers().byEmail(r.email);
    const QString identity = context.customers().identity(r.email);
    Statement existing = db.prepare("SELECT id FROM survey_respondents WHERE platform = ?1 AND "
                                    "survey = ?2 AND respondent_key = ?3");
    existing.bind(1, r.platform).bind(2, r.survey).bind(3, r.respondentKey);
    std::int64_t respondentId = existing.step() ? existing.columnInt64(0) : 0;
    if (respondentId != 0) {
        if (storedSignature(db, respondentId) == signatureOf(r, customerId, identity)) {
            ++context.report().recordsUnchanged;
            return;
        }
        db.prepare("DELETE FROM survey_responses WHERE respondent_id = ?1")
            .bind(1, respondentId)
            .run();
        db.prepare("DELETE FROM survey_segment_answers WHERE respondent_id = ?1")
            .bind(1, respondentId)
            .run();
        db.prepare("UPDATE survey_respondents SET batch_id = ?2, survey_title = ?3, "
                   "customer_id = ?4, email = ?5, submitted_at = ?6, submitted_date = ?7 "
                   "WHERE id = ?1")
            .bind(1, respondentId)
            .bind(2, context.batchId())
            .bind(3, r.surveyTitle)
            .bind(4, customerId != 0 ? std::optional<std::int64_t>(customerId) : std::nullopt)
            .bind(5, nullIfEmpty(identity))
            .bind(6, nullIfEmpty(r.submittedAt))
            .bind(7, nullIfEmpty(r.submittedDate))
            .run();
        ++context.report().recordsUpdated;
    } else {
        db.prepare("INSERT INTO survey_respondents(batch_id, platform, survey, survey_title, "
                   "respondent_key, customer_id, email, submitted_at, submitted_date) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
            .bind(1, context.batchId())
            .bind(2, r.platform)
            .bind(3, r.survey)
            .bind(4, r.surveyTitle)
            .bind(5, r.respondentKey)
            .bind(6, customerId != 0 ? std::optional<std::int64_t>(customerId) : std::nullopt)
            .bind(7, nullIfEmpty(identity))
            .bind(8, nullIfEmpty(r.submittedAt))
            .bind(9, nullIfEmpty(r.submittedDate))
            .run();
        respondentId = db.lastInsertRowId();
        ++context.report().recordsAdded;
    }
    Statement insert = db.prepare(
        "INSERT INTO survey_responses(respondent_id, batch_id, question, instrument, score, "
        "scale_min, scale_max, comment) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const SurveyAnswerRecord& a : r.answers) {
        insert.bind(1, respondentId).bind(2, context.batchId()).bind(3, a.question);
        insert.bind(4, instrumentId(a.instrument)).bind(5, a.score);
        if (a.score) {
            insert.bind(6, a.scale.min).bind(7, a.scale.max);
        } else {
            insert.bindNull(6).bindNull(7);
        }
        insert.bind(8, nullIfEmpty(a.comment));
        insert.run();
    }
    Statement choice = db.prepare("INSERT INTO survey_segment_answers(respondent_id, batch_id, "
                                  "question, answer) VALUES (?1, ?2, ?3, ?4)");
    for (const SurveyChoiceAnswer& c : r.choiceAnswers)
        choice.bind(1, respondentId)
            .bind(2, context.batchId())
            .bind(3, c.question)
            .bind(4, c.answer)
            .run();
}

} // namespace pvi
