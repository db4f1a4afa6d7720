// pvi surveys: the questions of the imported surveys and how each is used, and marking one as a
// score instrument, about personalization ethics, or a segment. See docs/cli.md.
#include "cli/command.h"
#include "importers/survey_question_marks.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pvi::cli {
namespace {

constexpr const char* kUsage =
    "usage: pvi surveys WS.pvi [--json]\n"
    "       pvi surveys mark WS.pvi \"QUESTION\" [--as nps|csat|ces|likert|comment|ignore]\n"
    "                    [--scale MIN-MAX] [--ethics] [--segment] [--json]\n"
    "       pvi surveys unmark WS.pvi \"QUESTION\" [--ethics] [--segment] [--json]\n"
    "unmark without --ethics or --segment forgets everything chosen for the question\n";

QJsonObject questionJson(const SurveyQuestionUse& use) {
    const ScoreScale scale = use.scale();
    return {{u"question"_s, use.question},
            {u"instrument"_s, instrumentLabel(use.instrument())},
            {u"scale"_s, isScoreInstrument(use.instrument()) && scale.isValid()
                             ? QJsonValue(QJsonArray{scale.min, scale.max})
                             : QJsonValue()},
            {u"ethics"_s, use.isEthics()},
            {u"segment"_s, use.isSegment},
            {u"answers"_s, use.answers},
            {u"choice_answers"_s, use.choiceAnswers},
            {u"remembered"_s, bool(use.choice)},
            {u"reimport_needed"_s, use.needsReimport()}};
}

QString useText(const SurveyQuestionUse& use) {
    QString text = instrumentLabel(use.instrument());
    if (isScoreInstrument(use.instrument()) && use.scale().isValid())
        text += u" %1-%2"_s.arg(use.scale().min).arg(use.scale().max);
    if (use.isEthics())
        text += u", ethics"_s;
    if (use.isSegment)
        text += u", segment"_s;
    return text;
}

int list(Workspace& workspace, const QStringList& args, Io& io) {
    const bool asJson = args == QStringList{u"--json"_s};
    if (!args.isEmpty() && !asJson) {
        io.err << "pvi surveys: unexpected argument '" << args.first() << "'\n" << kUsage;
        return 2;
    }
    const std::vector<SurveyQuestionUse> uses = listSurveyQuestions(workspace.db());
    if (asJson) {
        QJsonArray items;
        for (const SurveyQuestionUse& use : uses)
            items.append(questionJson(use));
        io.out
            << QJsonDocument(QJsonObject{{u"questions"_s, items}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (uses.empty()) {
        io.out << "no survey questions (import a survey export with `pvi import`)\n";
        return 0;
    }
    io.out << u"%1 %2 %3  %4\n"_s.arg(u"use"_s, -26)
                  .arg(u"answers"_s, 7)
                  .arg(u"choices"_s, 7)
                  .arg(u"question"_s);
    for (const SurveyQuestionUse& use : uses) {
        io.out << u"%1 %2 %3  %4\n"_s.arg(useText(use), -26)
                      .arg(use.answers, 7)
                      .arg(use.choiceAnswers, 7)
                      .arg(use.question);
        if (use.needsReimport())
            io.out << "    (import the survey again: its answers were read as "
                   << instrumentLabel(use.imported) << ")\n";
    }
    io.out << "\nanswers: scores and comments stored; choices: short answers kept for segments.\n"
              "Mark a question with `pvi surveys mark WS \"QUESTION\" --ethics` or --segment.\n";
    return 0;
}

std::optional<ScoreScale> parseScale(const QString& text) {
    static const QRegularExpression pattern(
        u"^\\s*(-?\\d+(?:\\.\\d+)?)\\s*(?:-|–|\\.\\.)\\s*(-?\\d+(?:\\.\\d+)?)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const ScoreScale scale{match.captured(1).toDouble(), match.captured(2).toDouble()};
    return scale.isValid() ? std::optional<ScoreScale>(scale) : std::nullopt;
}

/// The options of mark (or unmark) into `mark`; an error message, empty when they read.
QString parseMarkOptions(bool unmark, QStringList args, SurveyQuestionMark& mark, bool& asJson) {
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == u"--json") {
            asJson = true;
        } else if (option == u"--ethics") {
            mark.ethics = !unmark;
        } else if (option == u"--segment") {
            mark.segment = !unmark;
        } else if (!unmark && option == u"--as" && !args.isEmpty()) {
            const QString id = args.takeFirst().trimmed().toLower();
            const std::optional<SurveyInstrument> instrument = instrumentFromId(id);
            if (!instrument || *instrument == SurveyInstrument::None)
                return u"unknown instrument '%1' (nps, csat, ces, likert, comment or ignore)"_s.arg(
                    id);
            mark.instrument = instrument;
        } else if (!unmark && option == u"--scale" && !args.isEmpty()) {
            const QString text = args.takeFirst();
            const std::optional<ScoreScale> scale = parseScale(text);
            if (!scale)
                return u"'%1' is not a scale: give MIN-MAX with MIN below MAX, e.g. 1-5"_s.arg(
                    text);
            mark.scale = *scale;
        } else {
            return u"unexpected argument '%1'"_s.arg(option);
        }
    }
    if (unmark && !mark.ethics && !mark.segment) {
        mark.forgetChoice = true;
        mark.segment = false;
    }
    if (!unmark && !mark.instrument && !mark.scale.isValid() && !mark.ethics && !mark.segment)
        return u"nothing to mark: give --as, --scale, --ethics or --segment"_s;
    return {};
}

int markOrUnmark(Workspace& workspace, const QString& action, const QStringList& args, Io& io) {
    if (args.isEmpty() || args.first().startsWith(u"--")) {
        io.err << "pvi surveys " << action << ": the question is missing\n" << kUsage;
        return 2;
    }
    SurveyQuestionMark mark;
    bool asJson = false;
    const QString error = parseMarkOptions(action == u"unmark", args.mid(1), mark, asJson);
    if (!error.isEmpty()) {
        io.err << "pvi surveys " << action << ": " << error << "\n" << kUsage;
        return 2;
    }
    if (workspace.isReadOnly()) {
        io.err << "pvi surveys " << action << ": the workspace cannot be changed ("
               << workspace.readOnlyReason() << ")\n";
        return 1;
    }
    const SurveyMarkOutcome outcome = markSurveyQuestion(workspace, args.first(), mark);
    if (!outcome.ok) {
        io.err << "pvi surveys " << action << ": " << outcome.error << "\n";
        return 1;
    }
    if (asJson) {
        io.out << QJsonDocument(
                      QJsonObject{{u"question"_s, questionJson(outcome.use)},
                                  {u"notes"_s, QJsonArray::fromStringList(outcome.notes)}})
                      .toJson(QJsonDocument::Indented);
        return 0;
    }
    io.out << "'" << outcome.use.question << "': " << useText(outcome.use) << "\n";
    for (const QString& note : outcome.notes)
        io.out << "note: " << note << "\n";
    return 0;
}

int run(const QStringList& arguments, Io& io) {
    QStringList args = arguments;
    if (args.isEmpty() || args.first().startsWith(u'-')) {
        io.err << kUsage;
        return 2;
    }
    QString action;
    if (args.first() == u"mark" || args.first() == u"unmark") {
        action = args.takeFirst();
        if (args.isEmpty()) {
            io.err << kUsage;
            return 2;
        }
    }
    auto opened = Workspace::open(args.takeFirst(), Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        io.err << "pvi surveys: " << opened.error << "\n";
        return 1;
    }
    try {
        if (action.isEmpty())
            return list(*opened.workspace, args, io);
        return markOrUnmark(*opened.workspace, action, args, io);
    } catch (const DbError& e) {
        io.err << "pvi surveys: " << e.message() << "\n";
        return 1;
    }
}

const CommandRegistration reg{{"surveys",
                               "surveys [mark|unmark] WS.pvi ...  survey questions: instrument, "
                               "ethics and segment marks",
                               &run}};

} // namespace
} // namespace pvi::cli
