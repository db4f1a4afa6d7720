// Target status rule: worked cases for both directions, with and without alert bounds.
#include "analytics/targets/target_status.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace pvi;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pvi::TargetStatus)
Q_DECLARE_METATYPE(pvi::TargetDirection)

class TestTargetStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void status_data();
    void status();
    void ids();
    void reasonsAreEnglishWithoutTranslator();
};

void TestTargetStatus::status_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("low"); // NaN = not set
    QTest::addColumn<double>("high");
    QTest::addColumn<TargetDirection>("direction");
    QTest::addColumn<TargetStatus>("expected");
    const double none = std::numeric_limits<double>::quiet_NaN();
    const auto up = TargetDirection::HigherIsBetter;
    const auto down = TargetDirection::LowerIsBetter;
    // higher is better: target 10, alert below 8, unusual above 20
    QTest::newRow("meets") << 10.0 << 10.0 << 8.0 << 20.0 << up << TargetStatus::OnTrack;
    QTest::newRow("short") << 9.0 << 10.0 << 8.0 << 20.0 << up << TargetStatus::Watch;
    QTest::newRow("at-low") << 8.0 << 10.0 << 8.0 << 20.0 << up << TargetStatus::Watch;
    QTest::newRow("past-low") << 7.9 << 10.0 << 8.0 << 20.0 << up << TargetStatus::OffTrack;
    QTest::newRow("jump") << 21.0 << 10.0 << 8.0 << 20.0 << up << TargetStatus::Watch;
    // no bounds: off-track when more than 10% short (below 9)
    QTest::newRow("nb-watch") << 9.0 << 10.0 << none << none << up << TargetStatus::Watch;
    QTest::newRow("nb-off") << 8.99 << 10.0 << none << none << up << TargetStatus::OffTrack;
    QTest::newRow("nb-high") << 50.0 << 10.0 << none << none << up << TargetStatus::OnTrack;
    // lower is better (churn risk 5%): alert above 7, unusual below 1
    QTest::newRow("d-meets") << 4.0 << 5.0 << 1.0 << 7.0 << down << TargetStatus::OnTrack;
    QTest::newRow("d-watch") << 6.0 << 5.0 << 1.0 << 7.0 << down << TargetStatus::Watch;
    QTest::newRow("d-off") << 7.5 << 5.0 << 1.0 << 7.0 << down << TargetStatus::OffTrack;
    QTest::newRow("d-jump") << 0.5 << 5.0 << 1.0 << 7.0 << down << TargetStatus::Watch;
    QTest::newRow("d-nb-off") << 5.6 << 5.0 << none << none << down << TargetStatus::OffTrack;
    QTest::newRow("d-nb-watch") << 5.5 << 5.0 << none << none << down << TargetStatus::Watch;
    QTest::newRow("nan") << none << 5.0 << none << none << down << TargetStatus::NotAvailable;
}

void TestTargetStatus::status() {
    QFETCH(double, value);
    QFETCH(double, target);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(TargetDirection, direction);
    QFETCH(TargetStatus, expected);
    TargetBounds bounds;
    bounds.target = target;
    if (!std::isnan(low))
        bounds.alertLow = low;
    if (!std::isnan(high))
        bounds.alertHigh = high;
    const TargetAssessment a = assessTarget(value, bounds, direction);
    QVERIFY2(a.status == expected, qPrintable(targetStatusId(a.status) + u" ("_s + a.reason +
                                              u"), expected "_s + targetStatusId(expected)));
    QVERIFY(!a.reason.isEmpty());
}

void TestTargetStatus::ids() {
    QCOMPARE(targetStatusId(TargetStatus::OnTrack), u"on_track"_s);
    QCOMPARE(targetStatusId(TargetStatus::Watch), u"watch"_s);
    QCOMPARE(targetStatusId(TargetStatus::OffTrack), u"off_track"_s);
}

void TestTargetStatus::reasonsAreEnglishWithoutTranslator() {
    // The command line installs no translator: the details stay the model's English.
    const TargetAssessment off =
        assessTarget(8.99, {10.0, {}, {}}, TargetDirection::HigherIsBetter);
    QCOMPARE(off.reason, u"misses the target by more than 10%"_s);
    const TargetAssessment jump =
        assessTarget(21.0, {10.0, 8.0, 20.0}, TargetDirection::HigherIsBetter);
    QCOMPARE(jump.reason, u"beyond the upper alert bound: an unusual jump, check the data"_s);
}

PVI_TEST_CLASS(TestTargetStatus)
#include "test_target_status.moc"
