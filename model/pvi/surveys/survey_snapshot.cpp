#include "pvi/surveys/survey_snapshot.h"

#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/shared_texts.h"
#include "pvi/orders/order_snapshot.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace pvi {

namespace {

using ExposureDays = std::unordered_map<qint64, QDate>;

void noteExposure(ExposureDays& days, qint64 customerId, const QDate& day) {
    if (customerId == 0 || !day.isValid())
        return;
    auto it = days.find(customerId);
    if (it == days.end() || day < it->second)
        days[customerId] = day;
}

bool anyRuleMatches(const std::vector<PersonalizationRule>& rules, const QString& kind,
                    const QString& text, bool whole) {
    return std::any_of(rules.begin(), rules.end(), [&](const PersonalizationRule& rule) {
        if (rule.kind != kind)
            return false;
        return whole ? text.compare(rule.pattern, Qt::CaseInsensitive) == 0
                     : text.contains(rule.pattern, Qt::CaseInsensitive);
    });
}

/// First personalized touch per customer: orders, personalized campaigns, customer lists.
ExposureDays exposureDays(Workspace& workspace, const OrderSnapshot& orders,
                          const std::vector<PersonalizationRule>& rules,
                          const PersonalizedTouches::Days* touches) {
    ExposureDays days;
    for (const auto& [id, customer] : orders.customers) {
        if (customer.exposedDay)
            noteExposure(days, id, QDate::fromJulianDay(*customer.exposedDay));
    }
    // A customer's first event of a personalized campaign (PersonalizedTouches).
    const auto noteTouches = [&days](const PersonalizedTouches::Days& firstDays) {
        for (const auto& [customer, day] : firstDays)
            noteExposure(days, customer, QDate::fromJulianDay(day));
    };
    if (touches)
        noteTouches(*touches);
    else
        noteTouches(PersonalizedTouches::load(workspace, rules));
    Database& db = workspace.db();
    Statement lists = db.prepare("SELECT customer_id, list_name, added_on FROM customer_lists");
    while (lists.step()) {
        if (!anyRuleMatches(rules, QStringLiteral("customer-list"), lists.columnText(1), true))
            continue;
        const QDate added = QDate::fromString(lists.columnText(2).left(10), Qt::ISODate);
        noteExposure(days, lists.columnInt64(0), added.isValid() ? added : QDate(1, 1, 1));
    }
    return days;
}

/// Where an answer read in the table's order goes in the order of
/// `ORDER BY r.submitted_date, r.id, a.id`: dates compared byte by byte as SQLite's BINARY
/// collation compares them, an answer without a date first.
struct AnswerOrder {
    const std::string* date = nullptr; ///< null when the respondent has no date
    qint64 respondentId = 0;
    qint64 answerId = 0;

    bool operator<(const AnswerOrder& other) const {
        if ((date == nullptr) != (other.date == nullptr))
            return date == nullptr;
        if (date) {
            if (const int byDate = date->compare(*other.date); byDate != 0)
                return byDate < 0;
        }
        return std::tie(respondentId, answerId) < std::tie(other.respondentId, other.answerId);
    }
};

/// Puts `answers` in the order of their keys, in place (no second copy of the answers).
void sortAnswers(std::vector<SurveyAnswer>& answers, const std::vector<AnswerOrder>& keys) {
    std::vector<std::size_t> from(answers.size());
    std::iota(from.begin(), from.end(), std::size_t{0});
    std::sort(from.begin(), from.end(),
              [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    // answers[i] becomes the answer at from[i]: follow each cycle of the permutation once.
    for (std::size_t i = 0; i < from.size(); ++i) {
        std::size_t current = i;
        while (from[current] != i) {
            const std::size_t next = from[current];
            std::swap(answers[current], answers[next]);
            from[current] = current;
            current = next;
        }
        from[current] = current;
    }
}

/// A respondent as each of their answers reads them.
struct Respondent {
    SurveyRespondent row;
    const std::string* dateText = nullptr; ///< the submission date as stored; null when none
};

/// Every respondent, by id.
std::vector<Respondent> readRespondents(Workspace& workspace, SharedTexts& texts) {
    std::vector<Respondent> respondents;
    Statement stmt = workspace.db().prepare(
        "SELECT id, submitted_date, customer_id FROM survey_respondents ORDER BY id");
    while (stmt.step()) {
        Respondent r;
        r.row.id = stmt.columnInt64(0);
        const auto& date = texts.entry(stmt.columnUtf8(1));
        r.dateText = stmt.isNull(1) ? nullptr : &date.first;
        r.row.date = QDate::fromString(date.second, Qt::ISODate);
        r.row.customerId = stmt.isNull(2) ? 0 : stmt.columnInt64(2);
        respondents.push_back(r);
    }
    return respondents;
}

} // namespace

SurveySnapshot SurveySnapshot::load(Workspace& workspace, const OrderSnapshot* orders,
                                    const PersonalizedTouches::Days* touches) {
    return expose(workspace, read(workspace), orders, touches);
}

SurveyRows SurveySnapshot::read(Workspace& workspace) {
    SurveyRows rows;
    SurveySnapshot& snapshot = rows.snapshot;
    // The respondents once each, their dates read once; the answers in the table's order, each
    // joined to its respondent here (SQLite looked every answer's respondent up in its table),
    // then sorted here (SQLite would walk the (respondent, question) index, look every answer's
    // row up and sort them all again in a temporary b-tree).
    SharedTexts texts;
    const std::vector<Respondent> respondents = readRespondents(workspace, texts);
    std::map<std::string, bool, std::less<>> ethics; // question → marked as about ethics
    Statement choices =
        workspace.db().prepare("SELECT question, is_ethics FROM survey_question_choices");
    while (choices.step())
        ethics.emplace(choices.columnUtf8(0), choices.columnInt(1) != 0);
    Statement stmt = workspace.db().prepare(
        "SELECT respondent_id, instrument, question, score, scale_min, scale_max, comment, id "
        "FROM survey_responses");
    const auto count =
        static_cast<std::size_t>(workspace.db().queryInt("SELECT count(*) FROM survey_responses"));
    snapshot.answers.reserve(count);
    std::vector<AnswerOrder> order;
    order.reserve(count);
    const Respondent* respondent = nullptr;
    while (stmt.step()) {
        const qint64 respondentId = stmt.columnInt64(0);
        if (!respondent || respondent->row.id != respondentId) {
            const auto at =
                std::lower_bound(respondents.begin(), respondents.end(), respondentId,
                                 [](const Respondent& r, qint64 id) { return r.row.id < id; });
            respondent = at != respondents.end() && at->row.id == respondentId ? &*at : nullptr;
        }
        if (!respondent)
            continue; // no such respondent: the join left such an answer out
        SurveyAnswer answer;
        answer.respondentId = respondentId;
        answer.instrument = texts.get(stmt.columnUtf8(1));
        answer.question = texts.get(stmt.columnUtf8(2));
        if (!stmt.isNull(3))
            answer.score = stmt.columnDouble(3);
        answer.scaleMin = stmt.isNull(4) ? 0 : stmt.columnDouble(4);
        answer.scaleMax = stmt.isNull(5) ? 0 : stmt.columnDouble(5);
        if (!stmt.isNull(6) && !stmt.columnUtf8(6).empty())
            answer.comment = stmt.columnText(6);
        order.push_back({respondent->dateText, respondentId, stmt.columnInt64(7)});
        answer.date = respondent->row.date;
        const auto choice = ethics.find(stmt.columnUtf8(2));
        answer.isEthics = choice != ethics.end() && choice->second;
        if (!answer.date.isValid())
            ++snapshot.undatedAnswers;
        else if (!snapshot.lastDate || *snapshot.lastDate < answer.date)
            snapshot.lastDate = answer.date;
        snapshot.answers.push_back(std::move(answer));
    }
    sortAnswers(snapshot.answers, order);
    rows.respondents.reserve(respondents.size());
    for (const Respondent& r : respondents)
        rows.respondents.push_back(r.row);
    return rows;
}

SurveySnapshot SurveySnapshot::expose(Workspace& workspace, SurveyRows rows,
                                      const OrderSnapshot* orders,
                                      const PersonalizedTouches::Days* touches) {
    SurveySnapshot snapshot = std::move(rows.snapshot);
    const std::vector<PersonalizationRule> rules = PersonalizationRules::list(workspace);
    snapshot.hasRules = !rules.empty();
    // Exposure (orders, email touches, lists) is worked out only when there are answers to expose.
    if (snapshot.answers.empty())
        return snapshot;
    std::optional<OrderSnapshot> loaded;
    if (!orders)
        orders = &loaded.emplace(OrderSnapshot::load(workspace));
    const ExposureDays exposed = exposureDays(workspace, *orders, rules, touches);
    // Each respondent once: personalized by the day they answered (any day, undated).
    std::unordered_set<qint64> exposedRespondents;
    for (const SurveyRespondent& r : rows.respondents) {
        const auto it = exposed.find(r.customerId);
        if (it != exposed.end() && (!r.date.isValid() || it->second <= r.date))
            exposedRespondents.insert(r.id);
    }
    for (SurveyAnswer& answer : snapshot.answers)
        answer.exposed = exposedRespondents.contains(answer.respondentId);
    return snapshot;
}

std::vector<const SurveyAnswer*> SurveySnapshot::in(const QString& instrument,
                                                    const Period& period) const {
    std::vector<const SurveyAnswer*> result;
    for (const SurveyAnswer& answer : answers) {
        if (answer.instrument == instrument && answer.date.isValid() &&
            answer.date >= period.from && answer.date <= period.to)
            result.push_back(&answer);
    }
    return result;
}

bool SurveySnapshot::has(const QString& instrument) const {
    return std::any_of(answers.begin(), answers.end(),
                       [&](const SurveyAnswer& a) { return a.instrument == instrument; });
}

QDate latestSurveyDate(Workspace& workspace) {
    try {
        Statement stmt = workspace.db().prepare(
            "SELECT max(submitted_date) FROM survey_respondents WHERE submitted_date IS NOT NULL");
        if (stmt.step() && !stmt.isNull(0))
            return QDate::fromString(stmt.columnText(0), Qt::ISODate);
    } catch (const DbError&) {
        // No date: the caller falls back to its other sources.
    }
    return {};
}

} // namespace pvi
