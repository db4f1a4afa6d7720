// The bundled sentiment lexicon on sentences scored by hand from resources/lexicon/words.tsv
// (word scores), intensifiers.tsv and negations.txt; score = raw / sqrt(raw² + 15).
#include "pvi/surveys/sentiment_lexicon.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>

using namespace pvi;
using Polarity = CommentSentiment::Polarity;

class TestSentiment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bundledLexiconLoads() {
        QVERIFY2(SentimentLexicon::bundled().size() >= 200,
                 qPrintable(QString::number(SentimentLexicon::bundled().size())));
    }

    void handScored_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("raw");
        QTest::addColumn<int>("polarity");
        // fast +2, friendly +2 × 1.5 after "very" → 5.
        QTest::newRow("intensifier") << u"The delivery was fast and the staff were very friendly"_qs
                                     << 5.0 << int(Polarity::Positive);
        // good +1 within three words after "not" → −0.5.
        QTest::newRow("negation") << u"Not good at all"_qs << -0.5 << int(Polarity::Negative);
        // terrible −3; "never" comes after it and negates nothing.
        QTest::newRow("negative") << u"Terrible service, never again"_qs << -3.0
                                  << int(Polarity::Negative);
        QTest::newRow("neutral") << u"The parcel arrived on Tuesday"_qs << 0.0
                                 << int(Polarity::Neutral);
        // love +3 after "don't" → −1.5; excellent +3 (no negation in the three words before).
        QTest::newRow("mixed") << u"I don’t love the packaging but the bread is excellent"_qs << 1.5
                               << int(Polarity::Positive);
        // bad −2 × 1.5 after "really" → −3.
        QTest::newRow("really bad") << u"REALLY bad!"_qs << -3.0 << int(Polarity::Negative);
    }
    void handScored() {
        QFETCH(QString, text);
        QFETCH(double, raw);
        QFETCH(int, polarity);
        const CommentSentiment s = SentimentLexicon::bundled().score(text);
        QVERIFY2(std::fabs(s.raw - raw) < 1e-12,
                 qPrintable(QStringLiteral("raw %1, expected %2").arg(s.raw).arg(raw)));
        const double expected = raw / std::sqrt(raw * raw + 15.0);
        QVERIFY2(std::fabs(s.score - expected) < 1e-12,
                 qPrintable(QStringLiteral("score %1, expected %2").arg(s.score).arg(expected)));
        QCOMPARE(int(s.polarity), polarity);
    }

    void themeTerms() {
        QCOMPARE(SentimentLexicon::bundled().themeTerms(
                     u"The delivery was fast and the staff were very friendly; delivery again"_qs),
                 (QStringList{u"delivery"_qs, u"staff"_qs})); // "again" is a stop word
    }
};

PVI_TEST_CLASS(TestSentiment)
#include "test_sentiment.moc"
