// The groups the fairness ratio compares customers by (pvi/orders/fairness_groups.h), read on
// their own: for every customer, the same tags, lists, e-mail groups and survey answers as the
// customer attribute table gives.
#include "full_demo_workspace.h"
#include "pvi/orders/fairness_groups.h"
#include "pvi/segments/customer_attributes.h"
#include "store/database.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

#include <string>

using namespace pvi;

namespace {

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

QStringList groupsOf(const FairnessGroups::Dimension& dimension, qint64 customer) {
    const QStringList* groups = dimension.of(customer);
    return groups ? *groups : QStringList{};
}

} // namespace

class TestFairnessGroups : public QObject {
    Q_OBJECT

private:
    test::TempDir m_dir;

private Q_SLOTS:
    void sameGroupsAsTheAttributeTable() {
        const QString path = m_dir.path(QStringLiteral("demo.pvi"));
        QCOMPARE(test::buildFullDemoWorkspace(path), QString());
        auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
        QVERIFY2(opened.workspace, qPrintable(opened.error));
        Database& db = opened.workspace->db();
        // The demo has order tags, e-mail groups and survey answers; export tags (one repeating
        // an order tag, one customer without valid orders) and lists are added.
        const qint64 batch = db.queryInt("SELECT min(id) FROM import_batches");
        const qint64 first = db.queryInt("SELECT min(customer_id) FROM orders WHERE is_valid = 1");
        const qint64 second = db.queryInt("SELECT max(customer_id) FROM orders");
        db.exec("INSERT INTO customers(email) VALUES ('only-a-record@example.com')");
        const qint64 withoutOrders =
            db.queryInt("SELECT id FROM customers WHERE email = 'only-a-record@example.com'");
        const std::string b = std::to_string(batch);
        db.exec("INSERT INTO customer_records(customer_id, batch_id, tags) VALUES (" +
                std::to_string(first) + ", " + b + ", 'VIP, Wholesale , vip, pickup'), (" +
                std::to_string(withoutOrders) + ", " + b + ", 'wholesale')");
        db.exec("INSERT INTO customer_lists(batch_id, list_name, customer_id) VALUES (" + b +
                ", 'Club', " + std::to_string(first) + "), (" + b + ", 'Newsletter', " +
                std::to_string(first) + "), (" + b + ", 'Club', " + std::to_string(second) + ")");

        const CustomerAttributeTable table = loadCustomerAttributes(db);
        const FairnessGroups groups = FairnessGroups::load(db);
        QVERIFY(!groups.tags.byCustomer.empty());
        QVERIFY(!groups.emailGroups.byCustomer.empty());
        QVERIFY(!groups.surveyAnswers.byCustomer.empty());
        QCOMPARE(groupsOf(groups.lists, first),
                 (QStringList{QStringLiteral("Club"), QStringLiteral("Newsletter")}));
        QCOMPARE(groupsOf(groups.tags, withoutOrders), QStringList{QStringLiteral("wholesale")});
        QStringList failures;
        std::size_t customers = 0;
        for (const auto& [id, attributes] : table.byCustomer) {
            ++customers;
            const auto check = [&](const char* what, const QStringList& expected,
                                   const FairnessGroups::Dimension& dimension) {
                if (sorted(expected) != groupsOf(dimension, id))
                    failures << QStringLiteral("customer %1: %2 differ")
                                    .arg(id)
                                    .arg(QLatin1String(what));
            };
            check("tags", attributes.tags(), groups.tags);
            check("lists", attributes.lists, groups.lists);
            check("e-mail groups", attributes.emailGroups, groups.emailGroups);
            check("survey answers", attributes.surveyAnswers, groups.surveyAnswers);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(u'\n')));
        QVERIFY(customers > 100);
        // Customers are kept only with groups, each set of groups once.
        QVERIFY(groups.tags.sets.size() < groups.tags.byCustomer.size());
        QVERIFY(groups.tags.of(-1) == nullptr);
    }
};

PVI_TEST_CLASS(TestFairnessGroups)
#include "test_fairness_groups.moc"
