#pragma once
// What a survey question measures, recognised from its wording (FORMATS.md §5.4), and how its
// answers read as scores: bare integers, "5 - Excellent", "10 (Extremely likely)" or labels.

#include <QString>
#include <QStringView>

#include <optional>

namespace pvi {

/// The instruments a survey column can feed.
enum class SurveyInstrument { None, Nps, Csat, Ces, Likert, Comment, Ignore };

/// The inclusive range of a score question's answers.
struct ScoreScale {
    double min = 0;
    double max = 0;
    bool contains(double value) const { return value >= min && value <= max; }
    bool isValid() const { return max > min; }
};

/// The stored id of an instrument ("nps", "csat", "ces", "likert", "comment", "ignore"; "" for
/// None).
QString instrumentId(SurveyInstrument instrument);
/// The instrument with this id; nullopt for an unknown id.
std::optional<SurveyInstrument> instrumentFromId(const QString& id);
/// Whether answers of this instrument are scores (NPS, CSAT, CES, Likert).
bool isScoreInstrument(SurveyInstrument instrument);
/// NPS 0–10, CSAT 1–5, CES 1–7, Likert 1–5; an invalid scale for the others.
ScoreScale defaultScale(SurveyInstrument instrument);

/// The instrument a question's wording suggests: "How likely are you to recommend…" is NPS,
/// "How easy…" / "effort" is CES, "satisfied" / "satisfaction" is CSAT; None otherwise.
/// HTML tags such as <br> are ignored.
SurveyInstrument classifyQuestion(const QString& question);

/// Whether a question's wording asks for free text (comments, feedback, suggestions, "why").
bool looksLikeCommentQuestion(const QString& question);

/// One answer read as a score.
struct ScoreAnswer {
    enum class Status { Empty, Ok, NotApplicable, Invalid };
    Status status = Status::Empty;
    double value = 0;
};

/// Reads an answer of a score question: a leading number ("7", "5 - Excellent",
/// "10 (Extremely likely)"), or a label of the usual satisfaction / agreement scales mapped onto
/// `scale` ("Very satisfied" = 5 on 1–5; "Strongly agree" = 7 on 1–7 and 5 on 1–5);
/// "N/A", "Not applicable", "Don't know" read as NotApplicable.
ScoreAnswer parseScoreAnswer(QStringView text, const ScoreScale& scale);

} // namespace pvi
