// The customer-list importer (members joined by normalized email, duplicates kept once, the file's
// base name as the list name when a row has none; bad input writes nothing) and the utm-campaign
// and customer-list rule kinds matching orders.
#include "importers/import_runner.h"
#include "pvi/engine/personalization_rules.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_paths.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;
using namespace pvi::test;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(PVI_FIXTURES_DIR) + QStringLiteral("/customer_lists/") +
           QLatin1String(name);
}

} // namespace

class TestCustomerLists : public QObject {
    Q_OBJECT

private:
    TempDir m_dir;

private Q_SLOTS:
    void rulesMatchOrders() {
        QVERIFY(PersonalizationRules::kinds().contains(u"utm-campaign"));
        QVERIFY(PersonalizationRules::kinds().contains(u"customer-list"));
        const PersonalizationRule utm{
            1, QStringLiteral("utm-campaign"), QStringLiteral("reco"), {}};
        const PersonalizationRule list{
            2, QStringLiteral("customer-list"), QStringLiteral("VIP-offers"), {}};
        RuleOrderFields order;
        order.utmCampaign = QStringLiteral("spring_Reco_2025");
        order.customerLists = {QStringLiteral("vip-offers")};
        QVERIFY(PersonalizationRules::matchesOrder(utm, order));
        QVERIFY(PersonalizationRules::matchesOrder(list, order));
        const RuleOrderFields plain;
        QVERIFY(!PersonalizationRules::matchesOrder(utm, plain));
        QVERIFY(!PersonalizationRules::matchesOrder(list, plain));
    }

    void importsList() {
        auto ws =
            Workspace::open(m_dir.path(QStringLiteral("lists.pvi")), Workspace::Mode::CreateOrOpen)
                .workspace;
        const ImportReport report =
            importFile(*ws, fixture("personalized.csv"),
                       ImportOptions::forSource(QStringLiteral("customer-list")));
        QVERIFY2(report.ok, qPrintable(report.error));
        // Anna twice (case differs) → one member; carl has no list name → list "personalized".
        QCOMPARE(report.recordsAdded, 3);
        QCOMPARE(report.recordsUnchanged, 1);
        QCOMPARE(report.customersAdded, 3);
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM customer_lists WHERE list_name = "
                                   "'vip-offers'"),
                 2);
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM customer_lists WHERE list_name = "
                                   "'personalized'"),
                 1);
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad email")
            << QStringLiteral("bad_email.csv") << QStringLiteral("bad-email");
        QTest::newRow("missing email")
            << QStringLiteral("missing_email.csv") << QStringLiteral("missing-column");
        QTest::newRow("header only")
            << QStringLiteral("header_only.csv") << QStringLiteral("no-rows");
    }

    void badInputChangesNothing() {
        QFETCH(QString, file);
        QFETCH(QString, code);
        auto ws =
            Workspace::open(m_dir.path(QStringLiteral("bad.pvi")), Workspace::Mode::CreateOrOpen)
                .workspace;
        const ImportReport report =
            importFile(*ws, fixture(file.toLatin1().constData()),
                       ImportOptions::forSource(QStringLiteral("customer-list")));
        QVERIFY(!report.ok);
        bool found = false;
        for (const ImportIssue& issue : report.issues)
            found = found || issue.code == code;
        QVERIFY2(found, qPrintable(report.error));
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM customer_lists", -1), 0);
        QCOMPARE(ws->db().queryInt("SELECT count(*) FROM customers", -1), 0);
    }
};

PVI_TEST_CLASS(TestCustomerLists)
#include "test_customer_lists.moc"
