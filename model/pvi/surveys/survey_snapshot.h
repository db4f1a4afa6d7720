#pragma once

#include "pvi/email/personalized_touches.h"
#include "pvi/engine/pvi_result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace pvi {

class Workspace;
struct OrderSnapshot;
struct SurveyRows;

/// One stored survey answer as the survey PVIs see it.
struct SurveyAnswer {
    qint64 respondentId = 0;
    QString instrument; ///< "nps", "csat", "ces", "likert" or "comment"
    QString question;
    std::optional<double> score;
    double scaleMin = 0;
    double scaleMax = 0;
    QString comment;
    QDate date;            ///< the local submission date; invalid when the export has none
    bool exposed = false;  ///< the respondent's customer was personalized by that day
    bool isEthics = false; ///< the user marked the question as about personalization ethics
};

/// The workspace's survey answers, loaded once, with each respondent's exposure: personalized
/// when their email belongs to a customer exposed (first personalized order, personalized
/// email campaign received, or membership of a personalized customer list, whichever came first)
/// on or before the day they answered (any time, for an undated answer). Everyone else, matched
/// or not, is control (the survey PVIs of docs/pvi-catalogue.md).
struct SurveySnapshot {
    std::vector<SurveyAnswer> answers;
    bool hasRules = false;         ///< at least one personalization rule is stored
    qint64 undatedAnswers = 0;     ///< answers without a date (left out of every period)
    std::optional<QDate> lastDate; ///< latest dated answer

    /// Loads the answers; `orders` gives order-based exposure (loaded here when null), `touches`
    /// the e-mail exposure (EmailFacts::personalizedTouches; read here when null). Throws
    /// DbError on a database failure. The same as expose(read(…), …).
    static SurveySnapshot load(Workspace& workspace, const OrderSnapshot* orders = nullptr,
                               const PersonalizedTouches::Days* touches = nullptr);
    /// Reads the answers and their respondents, in order but not yet exposed: the part of a load
    /// that needs neither the orders nor the e-mail facts, so a refresh reads it while they
    /// load. Throws DbError.
    static SurveyRows read(Workspace& workspace);
    /// Exposes the answers `rows` holds (as load). Throws DbError.
    static SurveySnapshot expose(Workspace& workspace, SurveyRows rows,
                                 const OrderSnapshot* orders = nullptr,
                                 const PersonalizedTouches::Days* touches = nullptr);

    /// Answers of an instrument dated within the period.
    std::vector<const SurveyAnswer*> in(const QString& instrument, const Period& period) const;
    /// Whether any answer of the instrument is stored (dated or not).
    bool has(const QString& instrument) const;
};

/// A respondent as exposure reads them.
struct SurveyRespondent {
    qint64 id = 0;
    qint64 customerId = 0; ///< 0 when not a known customer
    QDate date;            ///< invalid when there is none or it is unreadable
};

/// What SurveySnapshot::read gives: the answers (their `exposed` not yet set) and their
/// respondents, by id.
struct SurveyRows {
    SurveySnapshot snapshot;
    std::vector<SurveyRespondent> respondents;
};

/// The latest survey answer's date, invalid when there is none (never throws).
QDate latestSurveyDate(Workspace& workspace);

} // namespace pvi
