// journey_stage_engagement: the visit → add to cart → order → repeat funnel, worked by hand.
#include "analytics/attribution/journey_stage_funnel.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>

using namespace pvi;
using namespace Qt::StringLiterals;

namespace {

CustomerStageEvidence customer(bool visit, bool cart, bool order, bool repeat, bool personalized) {
    return {{visit, cart, order, repeat}, personalized};
}

} // namespace

class TestJourneyStageFunnel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handWorked();
    void emptyGroupIsNotAvailable();
};

void TestJourneyStageFunnel::handWorked() {
    // Personalized: P1 visit only; P2 visit+cart; P3 order+repeat (no visit recorded: counts as
    // visit and cart too); P4 visit+cart+order.
    // Generic: G1 visit; G2 visit; G3 visit+cart+order; G4 nothing recorded (left out).
    // Furthest stages: P = visit, cart, repeat, order; G = visit, visit, order.
    // Personalized: visit→cart 3/4, cart→order 2/3, order→repeat 1/2.
    // Generic:      visit→cart 1/3, cart→order 1/1, order→repeat 0/1.
    // Overall:      visit→cart 4/7, cart→order 3/4, order→repeat 1/3.
    const StageFunnel f = journeyStageFunnel({
        customer(true, false, false, false, true),
        customer(true, true, false, false, true),
        customer(false, false, true, true, true),
        customer(true, true, true, false, true),
        customer(true, false, false, false, false),
        customer(true, false, false, false, false),
        customer(true, true, true, false, false),
        customer(false, false, false, false, false),
    });
    QCOMPARE(f.overall.size(), std::size_t{3});
    const long long expected[3][3][2] = {
        {{4, 3}, {3, 2}, {2, 1}}, // personalized
        {{3, 1}, {1, 1}, {1, 0}}, // generic
        {{7, 4}, {4, 3}, {3, 1}}, // overall
    };
    const std::vector<StageStep>* groups[3] = {&f.personalized, &f.generic, &f.overall};
    for (int g = 0; g < 3; ++g) {
        for (int s = 0; s < 3; ++s) {
            const StageStep& step = (*groups[g])[static_cast<std::size_t>(s)];
            QCOMPARE(step.reached, expected[g][s][0]);
            QCOMPARE(step.moved, expected[g][s][1]);
        }
    }
    QCOMPARE(f.personalized[0].share(), 0.75);
    QCOMPARE(journeyStageId(f.overall[2].from), u"order"_s);
    QCOMPARE(journeyStageId(f.overall[2].to), u"repeat"_s);
    QCOMPARE(journeyStageId(f.overall[0].to), u"add_to_cart"_s);
}

void TestJourneyStageFunnel::emptyGroupIsNotAvailable() {
    const StageFunnel f = journeyStageFunnel({customer(true, false, false, false, false)});
    QVERIFY(std::isnan(f.personalized[0].share()));
    QCOMPARE(f.generic[0].share(), 0.0);
}

PVI_TEST_CLASS(TestJourneyStageFunnel)
#include "test_journey_stage_funnel.moc"
