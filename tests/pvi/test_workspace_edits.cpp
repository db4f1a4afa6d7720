// Editing a workspace by hand (the Data page's model API): cost rows entered without an import,
// removing a PVI target, and the known settings checked before they are stored. Each invalid
// input must leave the workspace unchanged.
#include "analytics/costs/cost_store.h"
#include "analytics/targets/target_store.h"
#include "pvi/engine/workspace_settings.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

class TestWorkspaceEdits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void costRowsAreAddedListedAndRemoved();
    void invalidCostRowsAreRefused();
    void targetsAreRemoved();
    void targetBoundsAreChecked();
    void settingsHaveDefaultsAndAreStored();
    void invalidSettingsAreRefused();

private:
    pvi::test::TempDir m_dir;
    std::unique_ptr<pvi::Workspace> m_ws;
    int m_count = 0;
};

void TestWorkspaceEdits::init() {
    auto opened = pvi::Workspace::open(m_dir.path(u"edits%1.pvi"_s.arg(++m_count)),
                                       pvi::Workspace::Mode::CreateOrOpen);
    QVERIFY2(opened.workspace, qPrintable(opened.error));
    m_ws = std::move(opened.workspace);
}

void TestWorkspaceEdits::costRowsAreAddedListedAndRemoved() {
    pvi::CostRow march;
    march.periodStart = QDate(2025, 3, 1);
    march.periodEnd = QDate(2025, 3, 31);
    march.channel = u"  email "_s;
    march.category = u"personalization"_s;
    march.amount = 250.5;
    march.note = u"Klaviyo flows"_s;
    pvi::CostRow january = march;
    january.periodStart = QDate(2025, 1, 1);
    january.periodEnd = QDate(2025, 1, 31);
    january.channel.clear();
    january.category = u"acquisition"_s;
    january.amount = 0;
    january.note.clear();

    QString error;
    const std::int64_t marchId = pvi::addCostRow(m_ws->db(), march, &error);
    QVERIFY2(marchId > 0, qPrintable(error));
    const std::int64_t januaryId = pvi::addCostRow(m_ws->db(), january, &error);
    QVERIFY2(januaryId > 0, qPrintable(error));

    // Listed by period start: January first; channel trimmed, an empty one "unspecified".
    std::vector<pvi::CostRow> rows = pvi::loadCostRows(m_ws->db());
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].id, januaryId);
    QCOMPARE(rows[0].channel, u"unspecified"_s);
    QCOMPARE(rows[0].category, u"acquisition"_s);
    QCOMPARE(rows[0].amount, 0.0);
    QVERIFY(!rows[0].batchId);
    QCOMPARE(rows[1].id, marchId);
    QCOMPARE(rows[1].periodStart, QDate(2025, 3, 1));
    QCOMPARE(rows[1].periodEnd, QDate(2025, 3, 31));
    QCOMPARE(rows[1].channel, u"email"_s);
    QCOMPARE(rows[1].amount, 250.5);
    QCOMPARE(rows[1].note, u"Klaviyo flows"_s);

    QVERIFY2(pvi::removeCostRow(m_ws->db(), januaryId, &error), qPrintable(error));
    rows = pvi::loadCostRows(m_ws->db());
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].id, marchId);
    QVERIFY(!pvi::removeCostRow(m_ws->db(), januaryId, &error));
    QVERIFY2(error.contains(u"no cost row"_s), qPrintable(error));
}

void TestWorkspaceEdits::invalidCostRowsAreRefused() {
    pvi::CostRow good;
    good.periodStart = QDate(2025, 3, 1);
    good.periodEnd = QDate(2025, 3, 31);
    good.category = u"other"_s;
    good.amount = 10;

    const auto refused = [&](pvi::CostRow row, const QString& expected) {
        QString error;
        const std::int64_t id = pvi::addCostRow(m_ws->db(), row, &error);
        if (id != 0 || !error.contains(expected))
            qWarning("id %lld, error '%s', expected '%s'", static_cast<long long>(id),
                     qPrintable(error), qPrintable(expected));
        return id == 0 && error.contains(expected);
    };
    pvi::CostRow backwards = good;
    backwards.periodEnd = QDate(2025, 2, 28);
    QVERIFY(refused(backwards, u"before it starts"_s));
    pvi::CostRow noStart = good;
    noStart.periodStart = QDate();
    QVERIFY(refused(noStart, u"valid start and end"_s));
    pvi::CostRow badCategory = good;
    badCategory.category = u"marketing"_s;
    QVERIFY(refused(badCategory, u"unknown category 'marketing'"_s));
    pvi::CostRow negative = good;
    negative.amount = -5;
    QVERIFY(refused(negative, u"at least 0"_s));
    pvi::CostRow notANumber = good;
    notANumber.amount = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(refused(notANumber, u"at least 0"_s));
    QVERIFY(pvi::loadCostRows(m_ws->db()).empty());
}

void TestWorkspaceEdits::targetsAreRemoved() {
    pvi::saveTarget(m_ws->db(), {u"aov"_s, {80.0, 70.0, std::nullopt}});
    pvi::saveTarget(m_ws->db(), {u"churn_risk"_s, {0.2, std::nullopt, 0.3}});
    QVERIFY(pvi::removeTarget(m_ws->db(), u"aov"_s));
    QVERIFY(!pvi::removeTarget(m_ws->db(), u"aov"_s));
    const std::vector<pvi::StoredTarget> targets = pvi::loadTargets(m_ws->db());
    QCOMPARE(targets.size(), std::size_t(1));
    QCOMPARE(targets[0].pviId, u"churn_risk"_s);
    QCOMPARE(targets[0].bounds.alertHigh, std::optional<double>(0.3));
}

void TestWorkspaceEdits::targetBoundsAreChecked() {
    QVERIFY(pvi::invalidTargetReason({u"aov"_s, {80.0, 70.0, 90.0}}).isEmpty());
    QVERIFY(pvi::invalidTargetReason({u"aov"_s, {80.0, std::nullopt, std::nullopt}}).isEmpty());
    QVERIFY(pvi::invalidTargetReason({QString(), {80.0, {}, {}}}).contains(u"choose the PVI"_s));
    QVERIFY(pvi::invalidTargetReason({u"aov"_s, {std::nan(""), {}, {}}}).contains(u"number"_s));
    QVERIFY(pvi::invalidTargetReason({u"aov"_s, {80.0, 90.0, 70.0}}).contains(u"above"_s));
}

void TestWorkspaceEdits::settingsHaveDefaultsAndAreStored() {
    std::vector<pvi::SettingValue> values = pvi::loadSettingValues(*m_ws);
    QCOMPARE(values.size(), pvi::settingDefinitions().size());
    QCOMPARE(values[0].definition.key, u"pseudonymize_emails"_s);
    QCOMPARE(values[0].value, u"0"_s);
    QVERIFY(!values[0].isSet);

    QString error;
    QVERIFY2(pvi::writeSetting(*m_ws, u"pseudonymize_emails"_s, u"1"_s, &error), qPrintable(error));
    QVERIFY2(pvi::writeSetting(*m_ws, u"gross_margin"_s, u" 0.35 "_s, &error), qPrintable(error));
    QVERIFY2(pvi::writeSetting(*m_ws, u"activity_window_days"_s, u"180"_s, &error),
             qPrintable(error));
    // Read back the way the importers and the PVIs read them.
    QCOMPARE(m_ws->setting(u"pseudonymize_emails"_s), u"1"_s);
    QCOMPARE(m_ws->setting(u"gross_margin"_s), u"0.35"_s);
    QCOMPARE(m_ws->setting(u"activity_window_days"_s), u"180"_s);
    values = pvi::loadSettingValues(*m_ws);
    QCOMPARE(values[0].value, u"1"_s);
    QVERIFY(values[0].isSet);
}

void TestWorkspaceEdits::invalidSettingsAreRefused() {
    const auto refused = [&](const QString& key, const QString& value, const QString& expected) {
        QString error;
        const bool stored = pvi::writeSetting(*m_ws, key, value, &error);
        if (stored || !error.contains(expected))
            qWarning("%s=%s: error '%s', expected '%s'", qPrintable(key), qPrintable(value),
                     qPrintable(error), qPrintable(expected));
        return !stored && error.contains(expected);
    };
    QVERIFY(refused(u"pseudonymize_emails"_s, u"yes"_s, u"takes 0 (no) or 1 (yes)"_s));
    QVERIFY(refused(u"gross_margin"_s, u"0"_s, u"above 0"_s));
    QVERIFY(refused(u"gross_margin"_s, u"1.5"_s, u"at most 1"_s));
    QVERIFY(refused(u"gross_margin"_s, u"half"_s, u"must be a number"_s));
    QVERIFY(refused(u"activity_window_days"_s, u"30.5"_s, u"whole number"_s));
    QVERIFY(refused(u"activity_window_days"_s, u"0"_s, u"at least 1"_s));
    QVERIFY(refused(u"no_such_key"_s, u"1"_s, u"there is no setting"_s));
    QVERIFY(m_ws->setting(u"gross_margin"_s).isNull());
    QVERIFY(m_ws->setting(u"activity_window_days"_s).isNull());
    QVERIFY(m_ws->setting(u"no_such_key"_s).isNull());
}

PVI_TEST_CLASS(TestWorkspaceEdits)
#include "test_workspace_edits.moc"
