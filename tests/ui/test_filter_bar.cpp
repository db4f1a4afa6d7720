// The filter bar's presets resolve against the last day with data; the user's choice reaches
// the pages as a PeriodFilter. Dates below are counted by hand on a calendar.
#include "gui_test_setup.h"
#include "pvi/engine/period_filter.h"
#include "shell/filter_bar.h"
#include "test_registry.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Preset = pvi::PeriodFilter::Preset;
using Comparison = pvi::PeriodFilter::Comparison;

class TestFilterBar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void presetsResolve_data();
    void presetsResolve();
    void customRangeFromTheWidgets();
};

void TestFilterBar::presetsResolve_data() {
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("comparison");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("compareFrom");
    QTest::addColumn<QDate>("compareTo");
    const QDate last(2025, 6, 25);
    // 30 days ending 25 June start on 27 May; the previous 30 days are 27 April – 26 May.
    QTest::newRow("last 30, previous")
        << int(Preset::Last30Days) << int(Comparison::PreviousPeriod) << QDate(2025, 5, 27) << last
        << QDate(2025, 4, 27) << QDate(2025, 5, 26);
    // 90 days ending 25 June start on 28 March (4 + 30 + 31 + 25 = 90).
    QTest::newRow("last 90, previous")
        << int(Preset::Last90Days) << int(Comparison::PreviousPeriod) << QDate(2025, 3, 28) << last
        << QDate(2024, 12, 28) << QDate(2025, 3, 27);
    QTest::newRow("last 365, last year")
        << int(Preset::Last365Days) << int(Comparison::SamePeriodLastYear) << QDate(2024, 6, 26)
        << last << QDate(2023, 6, 26) << QDate(2024, 6, 25);
    QTest::newRow("year to date, last year")
        << int(Preset::YearToDate) << int(Comparison::SamePeriodLastYear) << QDate(2025, 1, 1)
        << last << QDate(2024, 1, 1) << QDate(2024, 6, 25);
}

void TestFilterBar::presetsResolve() {
    QFETCH(int, preset);
    QFETCH(int, comparison);
    pvi::PeriodFilter filter;
    filter.preset = Preset(preset);
    filter.comparison = Comparison(comparison);
    const pvi::Period period = filter.period(QDate(2025, 6, 25));
    const pvi::Period compared = filter.comparisonPeriod(period);
    QTEST(period.from, "from");
    QTEST(period.to, "to");
    QTEST(compared.from, "compareFrom");
    QTEST(compared.to, "compareTo");
}

void TestFilterBar::customRangeFromTheWidgets() {
    pvi::FilterBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto* preset = bar.findChild<QComboBox*>(u"filterPreset"_s);
    auto* from = bar.findChild<QDateEdit*>(u"filterFrom"_s);
    auto* comparison = bar.findChild<QComboBox*>(u"filterComparison"_s);
    QVERIFY(preset && from && comparison);
    QVERIFY(!from->isEnabled());
    QSignalSpy changed(&bar, &pvi::FilterBar::filterChanged);

    // "Custom…" is the last entry: End selects it from the keyboard.
    preset->setFocus();
    QTest::keyClick(preset, Qt::Key_End);
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(from->isEnabled());
    auto filter = changed.last().at(0).value<pvi::PeriodFilter>();
    QCOMPARE(filter.preset, Preset::Custom);

    from->setDate(QDate(2025, 2, 1));
    QTRY_COMPARE(changed.count(), 2);
    filter = changed.last().at(0).value<pvi::PeriodFilter>();
    QCOMPARE(filter.customFrom, QDate(2025, 2, 1));

    comparison->setFocus();
    QTest::keyClick(comparison, Qt::Key_Down);
    QTRY_COMPARE(changed.count(), 3);
    filter = changed.last().at(0).value<pvi::PeriodFilter>();
    QCOMPARE(filter.comparison, Comparison::SamePeriodLastYear);
    QCOMPARE(bar.filter(), filter);
}

PVI_TEST_CLASS(TestFilterBar)
#include "test_filter_bar.moc"
