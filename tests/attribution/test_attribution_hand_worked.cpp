// Attribution models on a small example worked out by hand, plus properties every model keeps.
#include "analytics/attribution/attribution_engine.h"
#include "analytics/attribution/attribution_rules.h"
#include "analytics/attribution/markov_chain.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

// Four journeys over three channels (days after 2024-03-01 00:00 UTC; P = personalized,
// G = generic):
//   J1: email P @0, search G @7;                          converts @14, value 100
//   J2: social G @0, email P @7, email G @7, search G @14, social G @15; converts @14, value 60
//       (the social touch @15 comes after the conversion and does not count; the two emails tie
//        in time and keep their input order)
//   J3: social G @0;                                      converts @7, value 40
//   J4: email G @0, social G @1;                          does not convert
// Attributed conversions: 3, value 200.
//
// first touch:  J1 email, J2 social, J3 social      -> email 1 (100), social 2 (100), search 0
// last touch:   J1 search, J2 search, J3 social     -> search 2 (160), social 1 (40), email 0
// linear:       J1 email .5 search .5; J2 .25 each of social, email, email, search; J3 social 1
//               -> email 1.0 (50+30=80), search .75 (50+15=65), social 1.25 (15+40=55)
//               personalized: email .5+.25 = .75 (50+15=65); generic email .25 (15)
// time decay:   J1 weights 2^-2=.25 (email, 14 d), 2^-1=.5 (search, 7 d) -> 1/3, 2/3
//               J2 weights .25 (social), .5, .5 (emails), 1 (search) / 2.25 -> 1/9, 2/9, 2/9, 4/9
//               -> email 1/3+4/9 = 7/9 (100/3 + 60*4/9 = 60), search 2/3+4/9 = 10/9
//                  (200/3 + 80/3 = 280/3), social 1/9+1 = 10/9 (20/3 + 40 = 140/3)
// position:     J1 .5/.5; J2 .4 social, .1, .1 emails, .4 search; J3 social 1
//               -> email .7 (50+12=62), search .9 (50+24=74), social 1.4 (24+40=64)
//               personalized email .5+.1 = .6
// W-shaped:     J1 .5/.5; J2 n=4: .3 first (social), .3 index 1 (email P), .3 last (search),
//               .1 index 2 (email G); J3 social 1
//               -> email .9 (50+24=74), search .8 (50+18=68), social 1.3 (18+40=58)
//               personalized email .5+.3 = .8; generic email .1
// Markov paths: start>email>search>conv, start>social>email>search>conv, start>social>conv,
//               start>email>social>null. Transitions: start->email 1/2, start->social 1/2;
//               email->search 2/3, email->social 1/3; search->conv 1; social->email, ->conv,
//               ->null 1/3 each. x_search = 1, x_email = 2/3 + x_social/3,
//               x_social = x_email/3 + 1/3 -> x_email = 7/8, x_social = 5/8, P = 3/4.
//               without email: x_social = 1/3, P = 1/6 -> effect 1 - (1/6)/(3/4) = 7/9
//               without search: x_social = 3/8, x_email = 1/8, P = 1/4 -> effect 2/3
//               without social: x_email = 2/3, P = 1/3 -> effect 5/9; effects sum to 2
//               conversions 3 * effect / 2: email 7/6, search 1, social 5/6
//               value 200 * effect / 2: email 700/9, search 200/3, social 500/9
//               email touches on converted journeys: 2 of 3 personalized (value-weighted
//               160/220 = 8/11) -> personalized email 7/9 conversions, 5600/99 value.
std::vector<Journey> handWorkedJourneys() {
    const QDateTime t0(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    const auto day = [&](double d) { return t0.addSecs(static_cast<qint64>(d * 86400)); };
    const auto touch = [&](const char* ch, double d, bool p) {
        return Touch{QString::fromLatin1(ch), day(d), p};
    };
    return {
        {QStringLiteral("J1"),
         {touch("search", 7, false), touch("email", 0, true)},
         true,
         day(14),
         100.0},
        {QStringLiteral("J2"),
         {touch("social", 0, false), touch("email", 7, true), touch("email", 7, false),
          touch("search", 14, false), touch("social", 15, false)},
         true,
         day(14),
         60.0},
        {QStringLiteral("J3"), {touch("social", 0, false)}, true, day(7), 40.0},
        {QStringLiteral("J4"), {touch("email", 0, false), touch("social", 1, false)}, false, {}, 0},
    };
}

const ModelCredit& model(const AttributionReport& report, const QString& id) {
    for (const ModelCredit& m : report.models) {
        if (m.model == id)
            return m;
    }
    qFatal("model %s missing", qPrintable(id));
}

void expectNear(double actual, double expected, const char* what, double tol = 1e-12) {
    if (std::abs(actual - expected) > tol) {
        QFAIL(qPrintable(QStringLiteral("%1: actual %2, expected %3 (tolerance %4)")
                             .arg(QLatin1String(what))
                             .arg(actual, 0, 'g', 17)
                             .arg(expected, 0, 'g', 17)
                             .arg(tol)));
    }
}

} // namespace

class TestAttributionHandWorked : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void totals();
    void ruleModels_data();
    void ruleModels();
    void personalizedSplit();
    void markovChain();
    void markovCredit();
    void sharesForShortJourneys();
    void sumsMatchConversions();
    void deterministic();
    void noConversions();
};

void TestAttributionHandWorked::totals() {
    const AttributionReport r = runAttribution(handWorkedJourneys());
    QCOMPARE(r.journeys, 4);
    QCOMPARE(r.conversions, 3.0);
    QCOMPARE(r.conversionValue, 200.0);
    QCOMPARE(r.unattributedConversions, 0);
    QCOMPARE(r.channels, (std::vector<QString>{u"email"_s, u"search"_s, u"social"_s}));
    QCOMPARE(r.models.size(), std::size_t{7});
}

void TestAttributionHandWorked::ruleModels_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<double>>("conversions"); // email, search, social
    QTest::addColumn<QList<double>>("value");
    QTest::newRow("first") << u"first_touch"_s << QList<double>{1, 0, 2}
                           << QList<double>{100, 0, 100};
    QTest::newRow("last") << u"last_touch"_s << QList<double>{0, 2, 1} << QList<double>{0, 160, 40};
    QTest::newRow("linear") << u"linear"_s << QList<double>{1.0, 0.75, 1.25}
                            << QList<double>{80, 65, 55};
    QTest::newRow("decay") << u"time_decay"_s << QList<double>{7.0 / 9, 10.0 / 9, 10.0 / 9}
                           << QList<double>{60, 280.0 / 3, 140.0 / 3};
    QTest::newRow("position") << u"position_based"_s << QList<double>{0.7, 0.9, 1.4}
                              << QList<double>{62, 74, 64};
    QTest::newRow("w") << u"w_shaped"_s << QList<double>{0.9, 0.8, 1.3}
                       << QList<double>{74, 68, 58};
}

void TestAttributionHandWorked::ruleModels() {
    QFETCH(QString, id);
    QFETCH(QList<double>, conversions);
    QFETCH(QList<double>, value);
    const AttributionReport r = runAttribution(handWorkedJourneys());
    const ModelCredit& m = model(r, id);
    const QString channels[] = {u"email"_s, u"search"_s, u"social"_s};
    for (int i = 0; i < 3; ++i) {
        expectNear(m.overall.conversions.at(channels[i]), conversions[i], "conversions");
        expectNear(m.overall.value.at(channels[i]), value[i], "value", 1e-10);
    }
}

void TestAttributionHandWorked::personalizedSplit() {
    const AttributionReport r = runAttribution(handWorkedJourneys());
    expectNear(model(r, u"linear"_s).personalized.conversions.at(u"email"_s), 0.75, "linear P");
    expectNear(model(r, u"linear"_s).personalized.value.at(u"email"_s), 65, "linear P value");
    expectNear(model(r, u"linear"_s).generic.conversions.at(u"email"_s), 0.25, "linear G");
    expectNear(model(r, u"position_based"_s).personalized.conversions.at(u"email"_s), 0.6,
               "position P");
    expectNear(model(r, u"w_shaped"_s).personalized.conversions.at(u"email"_s), 0.8, "w P");
    expectNear(model(r, u"w_shaped"_s).generic.conversions.at(u"email"_s), 0.1, "w G");
    expectNear(model(r, u"linear"_s).personalized.conversions.at(u"search"_s), 0, "search P");
    expectNear(model(r, u"markov"_s).personalized.conversions.at(u"email"_s), 7.0 / 9, "markov P");
    expectNear(model(r, u"markov"_s).personalized.value.at(u"email"_s), 5600.0 / 99,
               "markov P value", 1e-10);
    expectNear(model(r, u"markov"_s).generic.conversions.at(u"email"_s), 7.0 / 18, "markov G");
}

void TestAttributionHandWorked::markovChain() {
    const MarkovChain chain(handWorkedJourneys());
    QCOMPARE(chain.paths(), 4);
    expectNear(chain.transitionProbability(u"start"_s, u"email"_s), 0.5, "start>email");
    expectNear(chain.transitionProbability(u"email"_s, u"search"_s), 2.0 / 3, "email>search");
    expectNear(chain.transitionProbability(u"social"_s, u"null"_s), 1.0 / 3, "social>null");
    expectNear(chain.transitionProbability(u"email"_s, u"email"_s), 0, "collapsed repeat");
    expectNear(chain.conversionProbability(), 0.75, "P(conversion)");
    expectNear(chain.conversionProbabilityWithout(0), 1.0 / 6, "without email");
    expectNear(chain.conversionProbabilityWithout(1), 0.25, "without search");
    expectNear(chain.conversionProbabilityWithout(2), 1.0 / 3, "without social");
    const ChannelCredit effects = chain.removalEffects();
    expectNear(effects.at(u"email"_s), 7.0 / 9, "RE email");
    expectNear(effects.at(u"search"_s), 2.0 / 3, "RE search");
    expectNear(effects.at(u"social"_s), 5.0 / 9, "RE social");
}

void TestAttributionHandWorked::markovCredit() {
    const AttributionReport r = runAttribution(handWorkedJourneys());
    const ModelCredit& m = model(r, u"markov"_s);
    expectNear(m.overall.conversions.at(u"email"_s), 7.0 / 6, "email");
    expectNear(m.overall.conversions.at(u"search"_s), 1.0, "search");
    expectNear(m.overall.conversions.at(u"social"_s), 5.0 / 6, "social");
    expectNear(m.overall.value.at(u"email"_s), 700.0 / 9, "email value", 1e-10);
    expectNear(m.overall.value.at(u"search"_s), 200.0 / 3, "search value", 1e-10);
    expectNear(m.overall.value.at(u"social"_s), 500.0 / 9, "social value", 1e-10);
    expectNear(m.removalEffect.at(u"email"_s), 7.0 / 9, "RE email");
    expectNear(r.markovConversionProbability, 0.75, "P(conversion)");
}

void TestAttributionHandWorked::sharesForShortJourneys() {
    const QDateTime t(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const std::vector<Touch> one{{u"a"_s, t, false}};
    const std::vector<Touch> two{{u"a"_s, t, false}, {u"b"_s, t.addDays(1), false}};
    const std::vector<Touch> five(5, Touch{u"a"_s, t, false});
    for (AttributionRule rule : attributionRules()) {
        QCOMPARE(attributionShares(rule, one, t), std::vector<double>{1.0});
        QVERIFY(attributionShares(rule, {}, t).empty());
    }
    QCOMPARE(attributionShares(AttributionRule::PositionBased, two, t),
             (std::vector<double>{0.5, 0.5}));
    QCOMPARE(attributionShares(AttributionRule::WShaped, two, t), (std::vector<double>{0.5, 0.5}));
    // five touches: middle index (5-1)/2 = 2; the 10% goes to indexes 1 and 3 (0.05 each);
    // position-based gives the three middle touches 0.2/3 each.
    QCOMPARE(attributionShares(AttributionRule::WShaped, five, t),
             (std::vector<double>{0.3, 0.05, 0.3, 0.05, 0.3}));
    const auto pos = attributionShares(AttributionRule::PositionBased, five, t);
    expectNear(pos[2], 0.2 / 3, "position middle");
    // a touch 100 weeks before the conversion still gets its (tiny) share, no underflow to NaN
    const std::vector<Touch> old{{u"a"_s, t, false}, {u"b"_s, t.addDays(7), false}};
    const auto decay = attributionShares(AttributionRule::TimeDecay, old, t.addDays(7 * 2000));
    expectNear(decay[0], 1.0 / 3, "decay old");
    expectNear(decay[1], 2.0 / 3, "decay newer");
}

void TestAttributionHandWorked::sumsMatchConversions() {
    // Property: every model credits exactly the attributed conversions and their value,
    // overall and as personalized + generic, and removal effects lie in [0, 1].
    const AttributionReport r = runAttribution(handWorkedJourneys());
    for (const ModelCredit& m : r.models) {
        double conv = 0, value = 0, split = 0, splitValue = 0;
        for (const auto& [channel, credit] : m.overall.conversions) {
            conv += credit;
            value += m.overall.value.at(channel);
            split += m.personalized.conversions.at(channel) + m.generic.conversions.at(channel);
            splitValue += m.personalized.value.at(channel) + m.generic.value.at(channel);
        }
        const QByteArray what = m.model.toUtf8();
        expectNear(conv, r.conversions, what.constData(), 1e-12);
        expectNear(value, r.conversionValue, what.constData(), 1e-10);
        expectNear(split, r.conversions, what.constData(), 1e-12);
        expectNear(splitValue, r.conversionValue, what.constData(), 1e-10);
        for (const auto& [channel, effect] : m.removalEffect)
            QVERIFY2(effect >= 0.0 && effect <= 1.0, qPrintable(channel));
    }
}

void TestAttributionHandWorked::deterministic() {
    std::vector<Journey> journeys = handWorkedJourneys();
    const AttributionReport a = runAttribution(journeys);
    const AttributionReport b = runAttribution(journeys);
    for (std::size_t i = 0; i < a.models.size(); ++i) {
        QCOMPARE(a.models[i].model, b.models[i].model);
        // operator== on the maps compares doubles exactly: bit-for-bit equal runs
        QVERIFY(a.models[i].overall.conversions == b.models[i].overall.conversions);
        QVERIFY(a.models[i].overall.value == b.models[i].overall.value);
        QVERIFY(a.models[i].personalized.value == b.models[i].personalized.value);
        QVERIFY(a.models[i].removalEffect == b.models[i].removalEffect);
    }
}

void TestAttributionHandWorked::noConversions() {
    std::vector<Journey> journeys = handWorkedJourneys();
    for (Journey& j : journeys)
        j.converted = false;
    const AttributionReport r = runAttribution(journeys);
    QCOMPARE(r.conversions, 0.0);
    for (const ModelCredit& m : r.models) {
        for (const auto& [channel, credit] : m.overall.conversions)
            QCOMPARE(credit, 0.0);
        for (const auto& [channel, effect] : m.removalEffect)
            QCOMPARE(effect, 0.0);
    }
}

PVI_TEST_CLASS(TestAttributionHandWorked)
#include "test_attribution_hand_worked.moc"
