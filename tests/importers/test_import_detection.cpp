// Header detection: every Shopify layout is recognised with its confidence, and a file that
// matches nothing gets a message naming the expected sources and their key columns.
#include "importers/header_map.h"
#include "importers/importer_registry.h"
#include "test_registry.h"

#include <QTest>

using namespace pvi;

namespace {

// Headers copied from FORMATS.md §1 (verbatim from the real exports).
const QString kOrders2021 = QStringLiteral(
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
    "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created "
    "at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem "
    "sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing "
    "Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing "
    "Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping "
    "Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping "
    "Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment "
    "Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device "
    "ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 "
    "Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 "
    "Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name");
const QString kOrders2025 =
    kOrders2021 +
    QStringLiteral(",Payment ID,Payment Terms Name,Next Payment Due At,Payment References");
const QString kCustomers2024 = QStringLiteral(
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address "
    "Company,Default Address Address1,Default Address Address2,Default Address City,Default "
    "Address Province Code,Default Address Country Code,Default Address Zip,Default Address "
    "Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags");
const QString kCustomers2022 = QStringLiteral(
    "First Name,Last Name,Email,Accepts Email Marketing,Company,Address1,Address2,City,Province,"
    "Province Code,Country,Country Code,Zip,Phone,Accepts SMS Marketing,Total Spent,Total "
    "Orders,Tags,Note,Tax Exempt");
const QString kCustomersOld = QStringLiteral(
    "First Name,Last Name,Email,Company,Address1,Address2,City,Province,Province "
    "Code,Country,Country Code,Zip,Phone,Accepts Marketing,Total Spent,Total Orders,Tags,Note,Tax "
    "Exempt");

} // namespace

class TestImportDetection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detects_data();
    void detects();
    void noMatchNamesExpectedSources();
    void missingColumnsAreNamed();
};

void TestImportDetection::detects_data() {
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("minConfidence");
    QTest::newRow("orders 2021") << kOrders2021 << QStringLiteral("shopify-orders") << 100;
    QTest::newRow("orders 2025") << kOrders2025 << QStringLiteral("shopify-orders") << 100;
    QTest::newRow("orders trimmed")
        << QStringLiteral("Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem "
                          "name,Lineitem price,Total,Refunded Amount,Cancelled at")
        << QStringLiteral("shopify-orders") << 100;
    QTest::newRow("orders minimal")
        << QStringLiteral("Name,Created at,Total") << QStringLiteral("shopify-orders") << 50;
    QTest::newRow("customers 2024") << kCustomers2024 << QStringLiteral("shopify-customers") << 100;
    QTest::newRow("customers 2022") << kCustomers2022 << QStringLiteral("shopify-customers") << 100;
    QTest::newRow("customers old") << kCustomersOld << QStringLiteral("shopify-customers") << 100;
    QTest::newRow("bom and case") << QStringLiteral(
                                         "\uFEFFname,EMAIL,created at,TOTAL,lineitem quantity")
                                  << QStringLiteral("shopify-orders") << 80;
    QTest::newRow("analytics") << QStringLiteral("Date,Sessions,Users") << QString() << 0;
}

void TestImportDetection::detects() {
    QFETCH(QString, header);
    QFETCH(QString, source);
    QFETCH(int, minConfidence);
    const DetectionResult result = ImporterRegistry::instance().detect(header.split(u','));
    if (source.isEmpty()) {
        QVERIFY2(!result.spec, qPrintable(QStringLiteral("matched %1 at %2")
                                              .arg(result.spec ? result.spec->id : QString())
                                              .arg(result.confidence)));
        return;
    }
    QVERIFY(result.spec);
    QCOMPARE(result.spec->id, source);
    QVERIFY2(
        result.confidence >= minConfidence,
        qPrintable(QStringLiteral("confidence %1 < %2").arg(result.confidence).arg(minConfidence)));
    QVERIFY(result.confidence <= 100);
}

void TestImportDetection::noMatchNamesExpectedSources() {
    const QString message = ImporterRegistry::instance().noMatchMessage(QStringLiteral("x.csv"));
    for (const char* part :
         {"x.csv", "Shopify orders export", "shopify-orders", "Lineitem quantity",
          "Shopify customers export", "Accepts Email Marketing"})
        QVERIFY2(message.contains(QLatin1String(part)), qPrintable(message));
}

void TestImportDetection::missingColumnsAreNamed() {
    const ImporterSpec* orders =
        ImporterRegistry::instance().find(QStringLiteral("shopify-orders"));
    QVERIFY(orders);
    const QStringList missing = ImporterRegistry::missingColumns(
        *orders, HeaderMap(QStringLiteral("Name,Email,Lineitem quantity").split(u',')));
    QCOMPARE(missing,
             (QStringList{QStringLiteral("Created at"), QStringLiteral("Total or Subtotal")}));
}

PVI_TEST_CLASS(TestImportDetection)
#include "test_import_detection.moc"
