// Attribution on the generated fixture (400 journeys, 5 channels) against the independent numpy
// computation in tests/reference/attribution/make_reference.py (expected.json). Tolerance:
// 1e-9 relative to max(1, |expected|) for every credit and removal effect.
#include "analytics/attribution/attribution_engine.h"
#include "analytics/attribution/journey_csv_loader.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

constexpr double kTolerance = 1e-9;

JourneyLoadResult loadFixture() {
    return loadJourneysFromCsv(QStringLiteral(PVI_FIXTURES_DIR "/attribution/touchpoints.csv"),
                               QStringLiteral(PVI_FIXTURES_DIR "/attribution/conversions.csv"));
}

QJsonObject expected() {
    QFile file(QStringLiteral(PVI_REFERENCE_DIR "/attribution/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Compares every channel of `actual` with the JSON object; returns mismatches as text.
QStringList compare(const ChannelCredit& actual, const QJsonObject& wanted, const QString& what) {
    QStringList problems;
    if (static_cast<qsizetype>(actual.size()) != wanted.size())
        problems << what + u": %1 channels, expected %2"_s.arg(actual.size()).arg(wanted.size());
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        const auto found = actual.find(it.key());
        const double e = it.value().toDouble();
        const double a = found == actual.end() ? std::nan("") : found->second;
        if (!(std::abs(a - e) <= kTolerance * std::max(1.0, std::abs(e)))) {
            problems << u"%1 %2: actual %3, expected %4"_s.arg(what, it.key())
                            .arg(a, 0, 'g', 17)
                            .arg(e, 0, 'g', 17);
        }
    }
    return problems;
}

} // namespace

class TestAttributionReference : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsFixture();
    void matchesIndependentComputation();
    void creditsSumToConversionsAndValue();
    void identicalRunAfterRun();
};

void TestAttributionReference::loadsFixture() {
    const JourneyLoadResult loaded = loadFixture();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.journeys.size(), std::size_t{400});
    const AttributionReport r = runAttribution(loaded.journeys);
    const QJsonObject json = expected();
    QVERIFY(!json.isEmpty());
    QCOMPARE(r.conversions, json.value(u"conversions"_s).toInt());
    QCOMPARE(r.unattributedConversions, json.value(u"unattributed_conversions"_s).toInt());
    QVERIFY(std::abs(r.conversionValue - json.value(u"conversion_value"_s).toDouble()) < 1e-9);
    QVERIFY(std::abs(r.markovConversionProbability -
                     json.value(u"markov_conversion_probability"_s).toDouble()) < kTolerance);
}

void TestAttributionReference::matchesIndependentComputation() {
    const JourneyLoadResult loaded = loadFixture();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    const AttributionReport r = runAttribution(loaded.journeys);
    const QJsonObject models = expected().value(u"models"_s).toObject();
    QCOMPARE(models.size(), 7);
    QStringList problems;
    for (const ModelCredit& m : r.models) {
        const QJsonObject want = models.value(m.model).toObject();
        QVERIFY2(!want.isEmpty(), qPrintable(m.model));
        const QJsonObject p = want.value(u"personalized"_s).toObject();
        const QJsonObject g = want.value(u"generic"_s).toObject();
        problems << compare(m.overall.conversions, want.value(u"conversions"_s).toObject(),
                            m.model + u" conversions"_s);
        problems << compare(m.overall.value, want.value(u"value"_s).toObject(),
                            m.model + u" value"_s);
        problems << compare(m.personalized.conversions, p.value(u"conversions"_s).toObject(),
                            m.model + u" personalized conversions"_s);
        problems << compare(m.personalized.value, p.value(u"value"_s).toObject(),
                            m.model + u" personalized value"_s);
        problems << compare(m.generic.conversions, g.value(u"conversions"_s).toObject(),
                            m.model + u" generic conversions"_s);
        problems << compare(m.generic.value, g.value(u"value"_s).toObject(),
                            m.model + u" generic value"_s);
        if (m.model == u"markov")
            problems << compare(m.removalEffect, want.value(u"removal_effect"_s).toObject(),
                                u"removal effect"_s);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAttributionReference::creditsSumToConversionsAndValue() {
    const AttributionReport r = runAttribution(loadFixture().journeys);
    for (const ModelCredit& m : r.models) {
        double conversions = 0, value = 0, split = 0;
        for (const auto& [channel, credit] : m.overall.conversions) {
            conversions += credit;
            value += m.overall.value.at(channel);
            split += m.personalized.value.at(channel) + m.generic.value.at(channel);
        }
        QVERIFY2(std::abs(conversions - r.conversions) < 1e-9,
                 qPrintable(u"%1: %2 vs %3"_s.arg(m.model).arg(conversions).arg(r.conversions)));
        QVERIFY2(std::abs(value - r.conversionValue) < 1e-8, qPrintable(m.model));
        QVERIFY2(std::abs(split - r.conversionValue) < 1e-8, qPrintable(m.model));
        for (const auto& [channel, effect] : m.removalEffect)
            QVERIFY2(effect >= 0.0 && effect <= 1.0, qPrintable(channel));
    }
}

void TestAttributionReference::identicalRunAfterRun() {
    const AttributionReport a = runAttribution(loadFixture().journeys);
    const AttributionReport b = runAttribution(loadFixture().journeys);
    QCOMPARE(a.models.size(), b.models.size());
    for (std::size_t i = 0; i < a.models.size(); ++i) {
        // exact double comparison: bit-for-bit identical
        QVERIFY(a.models[i].overall.conversions == b.models[i].overall.conversions);
        QVERIFY(a.models[i].overall.value == b.models[i].overall.value);
        QVERIFY(a.models[i].personalized.conversions == b.models[i].personalized.conversions);
        QVERIFY(a.models[i].generic.value == b.models[i].generic.value);
        QVERIFY(a.models[i].removalEffect == b.models[i].removalEffect);
    }
}

PVI_TEST_CLASS(TestAttributionReference)
#include "test_attribution_reference.moc"
