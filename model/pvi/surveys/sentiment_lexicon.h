#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pvi {

/// The sentiment of one comment.
struct CommentSentiment {
    enum class Polarity { Negative, Neutral, Positive };
    double raw = 0;   ///< sum of the word scores after negations and intensifiers
    double score = 0; ///< raw / √(raw² + 15), in (−1, 1)
    Polarity polarity = Polarity::Neutral; ///< the sign of raw
    int sentimentWords = 0;                ///< lexicon words found
};

/// The bundled English sentiment lexicon (resources/lexicon, PVI Studio's own word list, a
/// Qt resource of the model): words scored −3..+3, negations and intensifiers, and the stop
/// words left out of themes.
///
/// Scoring: words are the lower-case runs of letters and apostrophes. A lexicon word's score is
/// multiplied by the factor of an intensifier right before it ("very good" = 1 × 1.5) and by
/// −0.5 when one of the three words before it is a negation ("not good" = −0.5). The comment's
/// score is raw / √(raw² + 15) (the normalisation VADER uses); positive when raw > 0, negative
/// when raw < 0, neutral otherwise.
class SentimentLexicon {
public:
    /// The lexicon bundled with the app (loaded once).
    static const SentimentLexicon& bundled();
    /// A lexicon from the given files' texts (formats as in resources/lexicon).
    static SentimentLexicon fromTexts(const QString& words, const QString& negations,
                                      const QString& intensifiers, const QString& stopWords);

    /// The sentiment of a comment.
    CommentSentiment score(const QString& comment) const;
    /// The comment's theme terms: its distinct words of three letters or more that are neither
    /// stop words nor sentiment words, negations or intensifiers, in order of appearance.
    QStringList themeTerms(const QString& comment) const;
    /// Words in the lexicon (for checks).
    qsizetype size() const { return m_words.size(); }

    /// The comment split into lower-case words.
    static QStringList words(const QString& comment);

private:
    QHash<QString, double> m_words;
    QSet<QString> m_negations;
    QHash<QString, double> m_intensifiers;
    QSet<QString> m_stopWords;
};

} // namespace pvi
