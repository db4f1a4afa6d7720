#include "importers/shopify_customers_importer.h"

#include "importers/field_reader.h"
#include "importers/import_context.h"
#include "importers/sql_values.h"
#include "io/csv_row.h"
#include "io/value_parsers.h"
#include "store/database.h"

#include <QCoreApplication>

namespace pvi {

namespace {

using Need = FieldReader::Need;

/// One customer_records row (without the batch), compared to tell unchanged from updated.
struct CustomerRecord {
    QString firstName, lastName, country, province, tags;
    std::optional<bool> acceptsMarketing, acceptsSms;
    std::optional<double> totalSpent;
    std::optional<std::int64_t> totalOrders;
    bool operator==(const CustomerRecord&) const = default;
};

std::optional<CustomerRecord> loadRecord(Database& db, std::int64_t customerId) {
    Statement stmt = db.prepare(
        "SELECT first_name, last_name, country, province, tags, accepts_marketing, accepts_sms, "
        "total_spent, total_orders FROM customer_records WHERE customer_id = ?1");
    stmt.bind(1, customerId);
    if (!stmt.step())
        return std::nullopt;
    CustomerRecord r;
    r.firstName = stmt.columnText(0);
    r.lastName = stmt.columnText(1);
    r.country = stmt.columnText(2);
    r.province = stmt.columnText(3);
    r.tags = stmt.columnText(4);
    if (!stmt.isNull(5))
        r.acceptsMarketing = stmt.columnInt64(5) != 0;
    if (!stmt.isNull(6))
        r.acceptsSms = stmt.columnInt64(6) != 0;
    r.totalSpent = stmt.columnOptionalDouble(7);
    if (!stmt.isNull(8))
        r.totalOrders = stmt.columnInt64(8);
    return r;
}

} // namespace

const ImporterSpec& ShopifyCustomersImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("shopify-customers"),
        QStringLiteral("Shopify customers export"),
        QString(),
        {{QStringLiteral("Accepts Email Marketing"), QStringLiteral("Total Spent")},
         {QStringLiteral("Total Orders"), QStringLiteral("Tax Exempt")},
         {QStringLiteral("Customer ID"), QStringLiteral("Total Spent")}},
        {{QStringLiteral("Email")}},
        {QStringLiteral("Email"), QStringLiteral("Accepts Email Marketing"),
         QStringLiteral("Total Spent"), QStringLiteral("Total Orders")},
        ImportRecords::Customers,
    };
    return spec;
}

void ShopifyCustomersImporter::begin(ImportContext& context, const HeaderMap& h) {
    auto c = [&h](std::initializer_list<const char*> names) {
        QStringList list;
        for (const char* name : names)
            list.append(QString::fromLatin1(name));
        return h.firstOf(list);
    };
    m_col = {c({"Customer ID"}),
             c({"First Name"}),
             c({"Last Name"}),
             c({"Email"}),
             c({"Accepts Email Marketing", "Accepts Marketing"}),
             c({"Accepts SMS Marketing"}),
             c({"Default Address Country Code", "Country Code", "Country"}),
             c({"Default Address Province Code", "Province Code", "Province"}),
             c({"Total Spent"}),
             c({"Total Orders"}),
             c({"Tags"})};
    const QString generation = h.contains(QStringLiteral("Customer ID"))
                                   ? QStringLiteral(" (2024 layout)")
                               : h.contains(QStringLiteral("Accepts Email Marketing"))
                                   ? QStringLiteral(" (2022–2023 layout)")
                                   : QStringLiteral(" (before 2022)");
    context.report().sourceTitle = spec().title + generation;
}

void ShopifyCustomersImporter::addRow(ImportContext& context, const CsvRow& row) {
    FieldReader f(context, row);
    const QString email = normalizeEmail(f.text(m_col.email));
    QString externalId = f.text(m_col.customerId);
    if (externalId.startsWith(u'\''))
        externalId.remove(0, 1); // Excel guard Shopify puts before long numbers
    if (email.isEmpty() && externalId.isEmpty()) {
        context.warning(
            row.line, m_col.email.index + 1, QStringLiteral("no-identity"),
            QCoreApplication::translate("pvi::ImportText",
                                        "row has neither an Email nor a Customer ID; skipped"));
        return;
    }
    CustomerRecord record;
    record.firstName = f.text(m_col.firstName);
    record.lastName = f.text(m_col.lastName);
    record.country = f.text(m_col.country);
    record.province = f.text(m_col.province);
    record.tags = f.text(m_col.tags);
    record.acceptsMarketing = f.flag(m_col.acceptsEmail);
    record.acceptsSms = f.flag(m_col.acceptsSms);
    record.totalSpent = f.money(m_col.totalSpent, Need::Optional);
    if (const auto orders = f.integer(m_col.totalOrders, Need::Optional))
        record.totalOrders = static_cast<std::int64_t>(*orders);
    if (context.hasErrors())
        return;

    const std::int64_t customerId = context.customers().resolve(email, externalId);
    Database& db = context.db();
    const std::optional<CustomerRecord> existing = loadRecord(db, customerId);
    if (existing && *existing == record) {
        ++context.report().recordsUnchanged;
        return;
    }
    db.prepare("INSERT INTO customer_records(customer_id, batch_id, first_name, last_name, "
               "country, province, accepts_marketing, accepts_sms, tags, total_spent, "
               "total_orders) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
               "ON CONFLICT(customer_id) DO UPDATE SET batch_id = excluded.batch_id, "
               "first_name = excluded.first_name, last_name = excluded.last_name, "
               "country = excluded.country, province = excluded.province, "
               "accepts_marketing = excluded.accepts_marketing, "
               "accepts_sms = excluded.accepts_sms, tags = excluded.tags, "
               "total_spent = excluded.total_spent, total_orders = excluded.total_orders")
        .bind(1, customerId)
        .bind(2, context.batchId())
        .bind(3, nullIfEmpty(record.firstName))
        .bind(4, nullIfEmpty(record.lastName))
        .bind(5, nullIfEmpty(record.country))
        .bind(6, nullIfEmpty(record.province))
        .bind(7, flagValue(record.acceptsMarketing))
        .bind(8, flagValue(record.acceptsSms))
        .bind(9, nullIfEmpty(record.tags))
        .bind(10, record.totalSpent)
        .bind(11, record.totalOrders)
        .run();
    if (existing)
        ++context.report().recordsUpdated;
    else
        ++context.report().recordsAdded;
}

void ShopifyCustomersImporter::finish(ImportContext&) {}

} // namespace pvi
