// The workspace's currency when no setting names one: the code most valid orders carry, with
// the orders' texts trimmed of spaces and upper-cased, checked against the SQL that states the
// rule in one statement (trim(), upper(), GLOB, GROUP BY and ORDER BY count, code), both as read
// by its own query and as counted by the order snapshot's pass.
#include "pvi/engine/workspace_currency.h"
#include "pvi/orders/order_snapshot.h"
#include "pvi_fixture.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "temp_workspace.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

/// The rule as one SQL statement: the oracle the faster grouping must agree with.
QString currencyBySql(Workspace& workspace) {
    Statement stmt = workspace.db().prepare(
        "SELECT upper(trim(currency)) AS code FROM orders WHERE is_valid = 1 AND "
        "length(trim(currency)) = 3 AND trim(currency) NOT GLOB '*[^A-Za-z]*' GROUP BY code "
        "ORDER BY count(*) DESC, code LIMIT 1");
    return stmt.step() ? stmt.columnText(0) : QString();
}

/// Adds `count` orders in `currency` (null when it is a null QString).
void addOrders(Workspace& workspace, int count, const QString& currency, bool valid = true,
               const QString& date = QStringLiteral("2024-01-01")) {
    static qint64 nextId = 1;
    for (int i = 0; i < count; ++i) {
        const qint64 id = nextId++;
        test::insertOrder(workspace, id, 0, date, 10.0);
        Statement set =
            workspace.db().prepare("UPDATE orders SET currency = ?1, is_valid = ?2 WHERE id = ?3");
        if (currency.isNull())
            set.bindNull(1);
        else
            set.bind(1, currency);
        set.bind(2, valid).bind(3, static_cast<std::int64_t>(id)).run();
    }
}

/// The currency as the oracle states it, as workspaceCurrency reads it by query, and as it reads
/// it from an order snapshot's counts: all three must be `expected`.
void verifyCurrency(Workspace& workspace, const QString& expected) {
    QCOMPARE(currencyBySql(workspace), expected);
    QCOMPARE(workspaceCurrency(workspace), expected);
    const OrderSnapshot snapshot = OrderSnapshot::load(workspace);
    QVERIFY(snapshot.readFromOrders);
    QCOMPARE(workspaceCurrency(workspace, &snapshot), expected);
}

} // namespace

class TestWorkspaceCurrency : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mostOrdersWinAfterTrimmingAndUpperCase();
    void aTieGoesToTheFirstCodeAlphabetically();
    void noCodeGivesNothing();
    void anOrderWithAnUnreadableDateStillCounts();
    void interleavedCurrenciesAreEachCounted();

private:
    std::unique_ptr<Workspace> newWorkspace(const char* name) {
        return Workspace::open(m_dir.path(QString::fromLatin1(name)), Workspace::Mode::CreateOrOpen)
            .workspace;
    }
    test::TempDir m_dir;
};

void TestWorkspaceCurrency::mostOrdersWinAfterTrimmingAndUpperCase() {
    auto ws = newWorkspace("mixed.pvi");
    QVERIFY(ws);
    // USD 5 once trimmed and upper-cased (" usd", "USD ", "Usd", "USD" ×2); CAD 4; a tab is not
    // trimmed (SQL's trim() removes spaces only), "US1" and "€UR" are not codes, invalid orders
    // and empty currencies do not count.
    addOrders(*ws, 1, QStringLiteral(" usd"));
    addOrders(*ws, 1, QStringLiteral("USD "));
    addOrders(*ws, 1, QStringLiteral("Usd"));
    addOrders(*ws, 2, QStringLiteral("USD"));
    addOrders(*ws, 4, QStringLiteral("CAD"));
    addOrders(*ws, 3, QStringLiteral("\tCAD"));
    addOrders(*ws, 3, QStringLiteral("US1"));
    addOrders(*ws, 3, QStringLiteral("€UR"));
    addOrders(*ws, 9, QStringLiteral("EUR"), false);
    addOrders(*ws, 9, QString());
    verifyCurrency(*ws, QStringLiteral("USD"));
    // A setting that is a code wins over the orders.
    ws->setSetting(QStringLiteral("currency"), QStringLiteral(" gbp "));
    QCOMPARE(workspaceCurrency(*ws), QStringLiteral("GBP"));
}

void TestWorkspaceCurrency::aTieGoesToTheFirstCodeAlphabetically() {
    auto ws = newWorkspace("tie.pvi");
    QVERIFY(ws);
    addOrders(*ws, 2, QStringLiteral("nzd"));
    addOrders(*ws, 1, QStringLiteral("AUD"));
    addOrders(*ws, 1, QStringLiteral("aud "));
    addOrders(*ws, 1, QStringLiteral("CHF"));
    verifyCurrency(*ws, QStringLiteral("AUD"));
}

void TestWorkspaceCurrency::noCodeGivesNothing() {
    auto ws = newWorkspace("none.pvi");
    QVERIFY(ws);
    addOrders(*ws, 2, QStringLiteral("dollars"));
    addOrders(*ws, 2, QString());
    verifyCurrency(*ws, QString());
}

void TestWorkspaceCurrency::anOrderWithAnUnreadableDateStillCounts() {
    // The snapshot leaves out an order whose date it cannot read, but the currency counts every
    // valid order, as the query does.
    auto ws = newWorkspace("dates.pvi");
    QVERIFY(ws);
    addOrders(*ws, 2, QStringLiteral("USD"));
    addOrders(*ws, 2, QStringLiteral("CAD"), true, QStringLiteral("someday"));
    addOrders(*ws, 1, QStringLiteral("CAD"), true, QStringLiteral("2024-13-45"));
    verifyCurrency(*ws, QStringLiteral("CAD"));
}

void TestWorkspaceCurrency::interleavedCurrenciesAreEachCounted() {
    // Orders read in an order where the text counted last is often not the next one.
    auto ws = newWorkspace("interleaved.pvi");
    QVERIFY(ws);
    for (const char* code : {"USD", "CAD", "USD", "USD", "EUR", "USD", "CAD"})
        addOrders(*ws, 1, QString::fromLatin1(code));
    verifyCurrency(*ws, QStringLiteral("USD"));
}

PVI_TEST_CLASS(TestWorkspaceCurrency)
#include "test_workspace_currency.moc"
