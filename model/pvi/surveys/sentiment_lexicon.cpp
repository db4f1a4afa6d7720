#include "pvi/surveys/sentiment_lexicon.h"

#include <QFile>

#include <cmath>

namespace pvi {

namespace {

constexpr int kNegationReach = 3;
constexpr double kNegationFactor = -0.5;
constexpr double kNormalization = 15.0;

QString resourceText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/// The non-comment lines of a file, split on tabs.
QList<QStringList> entries(const QString& text) {
    QList<QStringList> rows;
    for (const QString& line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        rows.append(trimmed.split(u'\t'));
    }
    return rows;
}

} // namespace

const SentimentLexicon& SentimentLexicon::bundled() {
    static const SentimentLexicon lexicon =
        fromTexts(resourceText(QStringLiteral(":/lexicon/words.tsv")),
                  resourceText(QStringLiteral(":/lexicon/negations.txt")),
                  resourceText(QStringLiteral(":/lexicon/intensifiers.tsv")),
                  resourceText(QStringLiteral(":/lexicon/stopwords.txt")));
    return lexicon;
}

SentimentLexicon SentimentLexicon::fromTexts(const QString& words, const QString& negations,
                                             const QString& intensifiers,
                                             const QString& stopWords) {
    SentimentLexicon lexicon;
    for (const QStringList& row : entries(words)) {
        if (row.size() >= 2)
            lexicon.m_words.insert(row.at(0).toLower(), row.at(1).toDouble());
    }
    for (const QStringList& row : entries(negations))
        lexicon.m_negations.insert(row.at(0).toLower());
    for (const QStringList& row : entries(intensifiers)) {
        if (row.size() >= 2)
            lexicon.m_intensifiers.insert(row.at(0).toLower(), row.at(1).toDouble());
    }
    for (const QStringList& row : entries(stopWords))
        lexicon.m_stopWords.insert(row.at(0).toLower());
    return lexicon;
}

QStringList SentimentLexicon::words(const QString& comment) {
    QStringList result;
    QString current;
    const QString text = comment.toLower();
    for (const QChar c : text) {
        if (c.isLetter() || c == u'\'' || c == QChar(0x2019) || c == u'-') {
            current += c == QChar(0x2019) ? QChar(u'\'') : c;
        } else if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        result << current;
    for (QString& word : result) {
        while (word.startsWith(u'\'') || word.startsWith(u'-'))
            word.remove(0, 1);
        while (word.endsWith(u'\'') || word.endsWith(u'-'))
            word.chop(1);
    }
    result.removeAll(QString());
    return result;
}

CommentSentiment SentimentLexicon::score(const QString& comment) const {
    const QStringList tokens = words(comment);
    CommentSentiment result;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const auto it = m_words.constFind(tokens.at(i));
        if (it == m_words.constEnd())
            continue;
        double value = it.value();
        if (i > 0) {
            const auto boost = m_intensifiers.constFind(tokens.at(i - 1));
            if (boost != m_intensifiers.constEnd())
                value *= boost.value();
        }
        for (qsizetype back = 1; back <= kNegationReach && i - back >= 0; ++back) {
            if (m_negations.contains(tokens.at(i - back))) {
                value *= kNegationFactor;
                break;
            }
        }
        result.raw += value;
        ++result.sentimentWords;
    }
    result.score = result.raw / std::sqrt(result.raw * result.raw + kNormalization);
    result.polarity = result.raw > 0   ? CommentSentiment::Polarity::Positive
                      : result.raw < 0 ? CommentSentiment::Polarity::Negative
                                       : CommentSentiment::Polarity::Neutral;
    return result;
}

QStringList SentimentLexicon::themeTerms(const QString& comment) const {
    QStringList terms;
    for (const QString& word : words(comment)) {
        if (word.size() < 3 || m_stopWords.contains(word) || m_words.contains(word) ||
            m_negations.contains(word) || m_intensifiers.contains(word) || terms.contains(word))
            continue;
        terms << word;
    }
    return terms;
}

} // namespace pvi
