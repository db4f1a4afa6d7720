#include "importers/survey_questions.h"

#include "io/value_parsers.h"

#include <QRegularExpression>

#include <array>
#include <cmath>

namespace pvi {

namespace {

struct InstrumentName {
    SurveyInstrument instrument;
    const char* id;
};

constexpr InstrumentName kInstrumentNames[] = {
    {SurveyInstrument::Nps, "nps"},         {SurveyInstrument::Csat, "csat"},
    {SurveyInstrument::Ces, "ces"},         {SurveyInstrument::Likert, "likert"},
    {SurveyInstrument::Comment, "comment"}, {SurveyInstrument::Ignore, "ignore"},
};

/// Lower case, HTML tags removed, runs of spaces folded.
QString plainText(const QString& text) {
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString plain = text;
    plain.replace(tags, QStringLiteral(" "));
    return plain.simplified().toLower();
}

bool containsAny(const QString& text, std::initializer_list<const char*> needles) {
    for (const char* needle : needles) {
        if (text.contains(QLatin1String(needle)))
            return true;
    }
    return false;
}

// Answer labels of the usual scales, from the lowest point up; the 5- and 7-point variants.
constexpr std::array<const char*, 5> kSatisfaction5 = {"very dissatisfied", "dissatisfied",
                                                       "neither satisfied nor dissatisfied",
                                                       "satisfied", "very satisfied"};
constexpr std::array<const char*, 5> kAgreement5 = {
    "strongly disagree", "disagree", "neither agree nor disagree", "agree", "strongly agree"};
constexpr std::array<const char*, 7> kAgreement7 = {
    "strongly disagree", "disagree", "somewhat disagree", "neither agree nor disagree",
    "somewhat agree",    "agree",    "strongly agree"};
constexpr std::array<const char*, 5> kQuality5 = {"poor", "fair", "good", "very good", "excellent"};
constexpr std::array<const char*, 5> kEase5 = {"very difficult", "difficult",
                                               "neither easy nor difficult", "easy", "very easy"};
constexpr std::array<const char*, 7> kEase7 = {
    "very difficult", "difficult", "somewhat difficult", "neither easy nor difficult",
    "somewhat easy",  "easy",      "very easy"};

template <std::size_t N>
std::optional<int> rankIn(const std::array<const char*, N>& labels, const QString& text) {
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(labels[i]))
            return static_cast<int>(i);
    }
    return std::nullopt;
}

/// The label's point on a 5- or 7-point scale (0 = lowest), when it is one of the known labels.
std::optional<int> labelRank(const QString& text, int points) {
    if (text == QLatin1String("neutral") && (points == 5 || points == 7))
        return points / 2;
    if (points == 5) {
        for (const auto& rank : {rankIn(kSatisfaction5, text), rankIn(kAgreement5, text),
                                 rankIn(kQuality5, text), rankIn(kEase5, text)}) {
            if (rank)
                return rank;
        }
    }
    if (points == 7) {
        if (const auto rank = rankIn(kAgreement7, text))
            return rank;
        return rankIn(kEase7, text);
    }
    return std::nullopt;
}

bool isNotApplicable(const QString& text) {
    static const char* const kLabels[] = {
        "n/a",       "na",         "not applicable",    "don't know",
        "dont know", "don’t know", "prefer not to say", "prefer not to answer"};
    for (const char* label : kLabels) {
        if (text == QString::fromUtf8(label))
            return true;
    }
    return false;
}

} // namespace

QString instrumentId(SurveyInstrument instrument) {
    for (const InstrumentName& name : kInstrumentNames) {
        if (name.instrument == instrument)
            return QString::fromLatin1(name.id);
    }
    return {};
}

std::optional<SurveyInstrument> instrumentFromId(const QString& id) {
    for (const InstrumentName& name : kInstrumentNames) {
        if (id.trimmed().compare(QLatin1String(name.id), Qt::CaseInsensitive) == 0)
            return name.instrument;
    }
    return std::nullopt;
}

bool isScoreInstrument(SurveyInstrument instrument) {
    return instrument == SurveyInstrument::Nps || instrument == SurveyInstrument::Csat ||
           instrument == SurveyInstrument::Ces || instrument == SurveyInstrument::Likert;
}

ScoreScale defaultScale(SurveyInstrument instrument) {
    switch (instrument) {
    case SurveyInstrument::Nps:
        return {0, 10};
    case SurveyInstrument::Csat:
        return {1, 5};
    case SurveyInstrument::Ces:
        return {1, 7};
    case SurveyInstrument::Likert:
        return {1, 5};
    default:
        return {};
    }
}

SurveyInstrument classifyQuestion(const QString& question) {
    const QString text = plainText(question);
    if (text.contains(QLatin1String("recommend")) || text.contains(QLatin1String("net promoter")))
        return SurveyInstrument::Nps;
    if (containsAny(text,
                    {"how easy", "easy for me", "easy was it", "easy to ", "effort", "ease of"}))
        return SurveyInstrument::Ces;
    if (containsAny(text, {"satisf", "rate your overall experience"}))
        return SurveyInstrument::Csat;
    return SurveyInstrument::None;
}

bool looksLikeCommentQuestion(const QString& question) {
    const QString text = plainText(question);
    return containsAny(text, {"comment", "feedback", "suggest", "anything else", "tell us",
                              "please explain", "please specify", "describe", "why ",
                              "what could we", "what can we", "improve", "open-ended"});
}

ScoreAnswer parseScoreAnswer(QStringView raw, const ScoreScale& scale) {
    const QString text = raw.toString().simplified().toLower();
    ScoreAnswer answer;
    if (text.isEmpty())
        return answer;
    if (isNotApplicable(text)) {
        answer.status = ScoreAnswer::Status::NotApplicable;
        return answer;
    }
    // A leading number, alone or followed by a label: "7", "5 - excellent", "10 (extremely
    // likely)", "4.5".
    static const QRegularExpression leading(
        QStringLiteral("^([+-]?\\d+(?:[.,]\\d+)?)(?:$|[\\s\\-–—:(/.,=]\\s*\\D.*$|\\s*$)"));
    const QRegularExpressionMatch match = leading.match(text);
    if (match.hasMatch()) {
        const ParsedNumber number = parseNumber(match.capturedView(1), DecimalSeparator::Auto);
        if (number.ok()) {
            answer.status = ScoreAnswer::Status::Ok;
            answer.value = number.value;
            return answer;
        }
    }
    const double span = scale.max - scale.min;
    if (scale.isValid() && std::floor(scale.min) == scale.min && std::floor(span) == span) {
        if (const auto rank = labelRank(text, static_cast<int>(span) + 1)) {
            answer.status = ScoreAnswer::Status::Ok;
            answer.value = scale.min + *rank;
            return answer;
        }
    }
    answer.status = ScoreAnswer::Status::Invalid;
    return answer;
}

} // namespace pvi
