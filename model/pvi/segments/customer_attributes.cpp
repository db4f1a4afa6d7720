#include "pvi/segments/customer_attributes.h"

#include "store/database.h"

#include <string>
#include <string_view>

namespace pvi {

QStringList CustomerAttributes::tags() const {
    QStringList all = customerTags + orderTags;
    all.removeDuplicates();
    return all;
}

const CustomerAttributes& CustomerAttributeTable::of(qint64 customer) const {
    static const CustomerAttributes none;
    const auto it = byCustomer.find(customer);
    return it == byCustomer.end() ? none : it->second;
}

QStringList splitTags(const QString& cell) {
    QStringList tags;
    for (const QString& part : cell.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed().toLower();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

namespace {

void addUniqueAttribute(QStringList& list, const QString& value) {
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

void loadRecordAttributes(Database& db, CustomerAttributeTable& table) {
    auto stmt = db.prepare("SELECT c.id, r.country, r.province, r.accepts_marketing, r.tags "
                           "FROM customers c LEFT JOIN customer_records r ON r.customer_id = c.id "
                           "ORDER BY c.id");
    while (stmt.step()) {
        const qint64 id = stmt.columnInt64(0);
        table.customers.push_back(id);
        CustomerAttributes& a = table.byCustomer[id];
        a.country = stmt.columnText(1).trimmed();
        a.region = stmt.columnText(2).trimmed();
        if (!stmt.isNull(3))
            a.consent = stmt.columnInt64(3) != 0;
        a.customerTags = splitTags(stmt.columnText(4));
    }
}

/// Order tags, and country, region and consent from the last valid order where the export has
/// none (orders in date order, so the last one seen wins).
void loadOrderAttributes(Database& db, CustomerAttributeTable& table) {
    auto stmt = db.prepare("SELECT customer_id, tags, billing_country, billing_province, "
                           "accepts_marketing FROM orders WHERE is_valid = 1 AND customer_id IS "
                           "NOT NULL ORDER BY customer_id, order_date, id");
    std::unordered_map<qint64, CustomerAttributes> fromOrders;
    // A customer's orders mostly repeat the same texts: each is read again only when it differs
    // from that customer's previous order (the same text would change nothing).
    qint64 current = 0;
    CustomerAttributes* latest = nullptr;
    std::string tags, country, region;
    const auto changed = [](std::string& seen, std::string_view text) {
        if (seen == text)
            return false;
        seen.assign(text);
        return true;
    };
    while (stmt.step()) {
        if (!latest || stmt.columnInt64(0) != current) {
            current = stmt.columnInt64(0);
            latest = &fromOrders[current];
            tags.clear();
            country.clear();
            region.clear();
        }
        if (changed(tags, stmt.columnUtf8(1)))
            for (const QString& tag : splitTags(stmt.columnText(1)))
                addUniqueAttribute(latest->orderTags, tag);
        if (changed(country, stmt.columnUtf8(2)))
            if (const QString text = stmt.columnText(2).trimmed(); !text.isEmpty())
                latest->country = text;
        if (changed(region, stmt.columnUtf8(3)))
            if (const QString text = stmt.columnText(3).trimmed(); !text.isEmpty())
                latest->region = text;
        if (!stmt.isNull(4))
            latest->consent = stmt.columnInt64(4) != 0;
    }
    for (auto& [id, o] : fromOrders) {
        CustomerAttributes& a = table.byCustomer[id];
        a.orderTags = o.orderTags;
        if (a.country.isEmpty())
            a.country = o.country;
        if (a.region.isEmpty())
            a.region = o.region;
        if (!a.consent)
            a.consent = o.consent;
    }
}

void loadListAttributes(Database& db, CustomerAttributeTable& table) {
    auto lists = db.prepare("SELECT customer_id, list_name FROM customer_lists ORDER BY id");
    while (lists.step())
        addUniqueAttribute(table.byCustomer[lists.columnInt64(0)].lists, lists.columnText(1));
    auto groups = db.prepare("SELECT customer_id, label FROM audience_segments "
                             "WHERE customer_id IS NOT NULL ORDER BY id");
    while (groups.step())
        addUniqueAttribute(table.byCustomer[groups.columnInt64(0)].emailGroups,
                           groups.columnText(1));
    auto answers =
        db.prepare("SELECT r.customer_id, a.question, a.answer FROM survey_segment_answers a "
                   "JOIN survey_respondents r ON r.id = a.respondent_id "
                   "JOIN survey_segment_questions q ON q.question = a.question "
                   "WHERE r.customer_id IS NOT NULL ORDER BY a.id");
    while (answers.step())
        addUniqueAttribute(table.byCustomer[answers.columnInt64(0)].surveyAnswers,
                           answers.columnText(1) + QStringLiteral(": ") + answers.columnText(2));
}

} // namespace

CustomerAttributeTable loadCustomerAttributes(Database& db) {
    CustomerAttributeTable table;
    loadRecordAttributes(db, table);
    loadOrderAttributes(db, table);
    loadListAttributes(db, table);
    return table;
}

} // namespace pvi
