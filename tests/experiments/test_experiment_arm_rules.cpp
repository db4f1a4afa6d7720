// experiment-arm rules: a customer in an experiment's treatment arm is personalized from the
// experiment's start on. Matching by hand from the fixtures: homepage-reco (started 2024-02-01)
// has ann@example.com and CAT@example.com in "personalized", bob@example.com in "control".
// Orders: #101 ann 2024-01-10 (before the start: no match), #102 ann 2024-02-05 (match),
// #103 bob (control: no), #104 cat 2024-02-07 (match, email case differs), #105 dan (no).
#include "analytics/experiments/experiment_store.h"
#include "importers/import_runner.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/orders/order_snapshot.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(PVI_FIXTURES_DIR "/experiments/") + QLatin1String(name);
}

/// "#101" -> whether the order matches a rule, from the snapshot.
QMap<QString, bool> matchesByName(Workspace& ws, const OrderSnapshot& snapshot) {
    QMap<QString, bool> out;
    for (const SnapshotOrder& order : snapshot.orders) {
        Statement name = ws.db().prepare("SELECT name FROM orders WHERE id = ?1");
        name.bind(1, static_cast<std::int64_t>(order.id));
        if (name.step())
            out.insert(name.columnText(0), order.matchesRule);
    }
    return out;
}

qint64 customerId(Workspace& ws, const char* email) {
    return ws.db().queryInt(std::string("SELECT id FROM customers WHERE email = '") + email + "'");
}

} // namespace

class TestExperimentArmRules : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;

    void checkExposure(Workspace& ws) {
        const OrderSnapshot snapshot = OrderSnapshot::load(ws);
        const QMap<QString, bool> matches = matchesByName(ws, snapshot);
        const QMap<QString, bool> expected{{u"#101"_qs, false},
                                           {u"#102"_qs, true},
                                           {u"#103"_qs, false},
                                           {u"#104"_qs, true},
                                           {u"#105"_qs, false}};
        QCOMPARE(matches, expected);
        const auto ann = snapshot.customers.find(customerId(ws, "ann@example.com"));
        QVERIFY(ann != snapshot.customers.end());
        QCOMPARE(ann->second.exposedDay.value_or(0), QDate(2024, 2, 5).toJulianDay());
        const auto bob = snapshot.customers.find(customerId(ws, "bob@example.com"));
        QVERIFY(bob != snapshot.customers.end());
        QVERIFY(!bob->second.exposedDay.has_value());
    }

private Q_SLOTS:
    void patternNamesArmOrExperiment() {
        QVERIFY(PersonalizationRules::kinds().contains(u"experiment-arm"_qs));
        RuleOrderFields order;
        order.experimentArms = {u"Homepage-Reco/Personalized"_qs};
        const auto rule = [](const QString& pattern) {
            return PersonalizationRule{1, u"experiment-arm"_qs, pattern, {}};
        };
        QVERIFY(PersonalizationRules::matchesOrder(rule(u"homepage-reco/personalized"_qs), order));
        QVERIFY(PersonalizationRules::matchesOrder(rule(u" homepage-reco "_qs), order));
        QVERIFY(!PersonalizationRules::matchesOrder(rule(u"homepage-reco/other"_qs), order));
        QVERIFY(!PersonalizationRules::matchesOrder(rule(u"homepage"_qs), order));
        QVERIFY(!PersonalizationRules::matchesOrder(rule(u"homepage-reco"_qs), RuleOrderFields{}));
    }

    void experimentImportedBeforeTheOrders() {
        // Units are matched to customers by email when the rules are applied.
        auto ws =
            Workspace::open(m_dir.path(u"before.pvi"_qs), Workspace::Mode::CreateOrOpen).workspace;
        QVERIFY(importFile(*ws, fixture("homepage_visitors.csv")).ok);
        QVERIFY(importFile(*ws, fixture("orders.csv")).ok);
        QString error;
        QVERIFY2(PersonalizationRules::add(*ws, u"experiment-arm"_qs,
                                           u"homepage-reco/personalized"_qs, &error),
                 qPrintable(error));
        checkExposure(*ws);
    }

    void experimentImportedAfterTheOrders() {
        // Units are linked to the existing customers at import.
        auto ws =
            Workspace::open(m_dir.path(u"after.pvi"_qs), Workspace::Mode::CreateOrOpen).workspace;
        QVERIFY(importFile(*ws, fixture("orders.csv")).ok);
        QVERIFY(importFile(*ws, fixture("homepage_visitors.csv")).ok);
        QCOMPARE(ws->db().queryInt(
                     "SELECT count(*) FROM experiment_units WHERE customer_id IS NOT NULL"),
                 3);
        QString error;
        QVERIFY2(PersonalizationRules::add(*ws, u"experiment-arm"_qs, u"homepage-reco"_qs, &error),
                 qPrintable(error));
        checkExposure(*ws);
    }

    void controlArmExposesNobody() {
        auto ws =
            Workspace::open(m_dir.path(u"control.pvi"_qs), Workspace::Mode::CreateOrOpen).workspace;
        QVERIFY(importFile(*ws, fixture("orders.csv")).ok);
        QVERIFY(importFile(*ws, fixture("homepage_visitors.csv")).ok);
        QVERIFY(PersonalizationRules::add(*ws, u"experiment-arm"_qs, u"homepage-reco/control"_qs,
                                          nullptr));
        const OrderSnapshot snapshot = OrderSnapshot::load(*ws);
        QVERIFY(!snapshot.anyOrderMatches);
    }
};

PVI_TEST_CLASS(TestExperimentArmRules)
#include "test_experiment_arm_rules.moc"
