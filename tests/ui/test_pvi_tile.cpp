// A PVI tile writes its value by unit, the change vs the previous period coloured by the PVI's
// direction, the lift with its significance star, and says why a PVI is not available.
// Expected texts are worked out by hand from the inputs in each case.
#include "charts/chart_palette.h"
#include "gui_test_setup.h"
#include "test_registry.h"
#include "widgets/pvi_tile.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPviTile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { pvi::test::isolateGuiTestSettings(); }
    void currencyWithLiftAndChange();
    void percentChangeInPoints_lowerIsBetter();
    void unavailableSaysWhy();
    void unitLabelAndNoSignificance();
};

namespace {

pvi::PviTileData tileData(pvi::ValueKind kind, double value, std::optional<double> previous) {
    pvi::PviTileData data;
    data.id = u"average_order_value"_s;
    data.title = u"Average order value"_s;
    data.explanation = u"What a typical order brings in."_s;
    data.formula = u"net revenue / orders"_s;
    data.kind = kind;
    data.result.id = data.id;
    data.result.available = true;
    data.result.value = value;
    data.result.n = 240;
    data.result.previous.value = previous;
    data.trend = {1, 2, 3};
    return data;
}

QString changeColor(const pvi::PviTile& tile) {
    return tile.findChild<QLabel*>(u"tileChange"_s)->styleSheet();
}

} // namespace

void TestPviTile::currencyWithLiftAndChange() {
    pvi::PviTileData data = tileData(pvi::ValueKind::Currency, 1234.8, 1000.0);
    data.result.liftPercent = 12.345;
    data.result.liftCi95 = std::make_pair(3.14, 21.5);
    data.result.pValue = 0.012;
    data.result.personalized = {54.2, 60};
    data.result.control = {48.25, 180};
    pvi::PviTile tile;
    tile.setData(data);
    QCOMPARE(tile.valueText(), u"1,234.80"_s);
    // (1234.8 − 1000) / 1000 = +23.48% → "23.5" (1 decimal), up and higher is better: green.
    QCOMPARE(tile.changeText(), u"▲ 23.5%  vs previous period"_s);
    QVERIFY(changeColor(tile).contains(pvi::palette::good().name()));
    QCOMPARE(tile.liftText(), u"+12.3% ★"_s); // p = 0.012 < 0.05
    const QString tip = tile.toolTip();
    QVERIFY2(tip.contains(u"net revenue / orders"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"95% CI +3.1% to +21.5%"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"p = 0.012"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"n</i> = 240"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"not proof of cause"_s), qPrintable(tip));
    QCOMPARE(tile.objectName(), u"tile_average_order_value"_s);
}

void TestPviTile::percentChangeInPoints_lowerIsBetter() {
    pvi::PviTileData data = tileData(pvi::ValueKind::Percent, 13.54, 13.76);
    data.higherIsBetter = false; // churn
    pvi::PviTile tile;
    tile.setData(data);
    QCOMPARE(tile.valueText(), u"13.5%"_s);
    // 13.54 − 13.76 = −0.22 percentage points → "0.2 pp", down and lower is better: green.
    QCOMPARE(tile.changeText(), u"▼ 0.2 pp  vs previous period"_s);
    QVERIFY(changeColor(tile).contains(pvi::palette::good().name()));
    QCOMPARE(tile.liftText(), QString());
}

void TestPviTile::unavailableSaysWhy() {
    pvi::PviTileData data = tileData(pvi::ValueKind::Decimal, 0, std::nullopt);
    data.result.available = false;
    data.result.value.reset();
    data.result.reason = u"import an orders export to see this"_s;
    pvi::PviTile tile;
    tile.setData(data);
    QCOMPARE(tile.valueText(), u"—"_s);
    QCOMPARE(tile.changeText(), u"Not available — import an orders export to see this"_s);
    QVERIFY(tile.toolTip().contains(u"import an orders export"_s));
}

void TestPviTile::unitLabelAndNoSignificance() {
    pvi::PviTileData data = tileData(pvi::ValueKind::Decimal, 5.789, 5.65);
    data.unitLabel = u"orders/year"_s;
    data.result.liftPercent = -36.66;
    data.result.pValue = 0.31;
    pvi::PviTile tile;
    tile.setData(data);
    QCOMPARE(tile.valueText(), u"5.79 orders/year"_s);
    // (5.789 − 5.65) / 5.65 = +2.46% → "2.5%".
    QCOMPARE(tile.changeText(), u"▲ 2.5%  vs previous period"_s);
    QCOMPARE(tile.liftText(), u"−36.7%"_s); // p = 0.31: no star
}

PVI_TEST_CLASS(TestPviTile)
#include "test_pvi_tile.moc"
