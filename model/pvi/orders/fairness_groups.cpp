#include "pvi/orders/fairness_groups.h"

#include "pvi/segments/customer_attributes.h"
#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pvi {

namespace {

/// Fills a dimension, one customer at a time, holding each distinct set of groups once.
class DimensionBuilder {
public:
    explicit DimensionBuilder(FairnessGroups::Dimension& dimension)
        : m_dimension(dimension) {}

    /// The customer's groups (without duplicates); nothing is kept for none.
    void add(qint64 customer, QStringList groups) {
        if (groups.isEmpty())
            return;
        groups.sort();
        const auto [it, added] =
            m_index.try_emplace(groups, static_cast<std::uint32_t>(m_dimension.sets.size()));
        if (added)
            m_dimension.sets.push_back(groups);
        m_dimension.byCustomer.emplace_back(customer, it->second);
    }

    /// Orders the customers by id once every one is added.
    void finish() {
        std::sort(m_dimension.byCustomer.begin(), m_dimension.byCustomer.end());
        m_dimension.byCustomer.shrink_to_fit();
    }

private:
    FairnessGroups::Dimension& m_dimension;
    std::map<QStringList, std::uint32_t> m_index;
};

void addUniqueGroup(QStringList& list, const QString& value) {
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

/// Tags from the customers export, then each customer's order tags (valid orders, by customer):
/// together, without duplicates, as CustomerAttributes::tags() gives them.
void loadTags(Database& db, FairnessGroups::Dimension& dimension) {
    DimensionBuilder builder(dimension);
    std::unordered_map<qint64, QStringList> recordTags;
    auto records = db.prepare("SELECT customer_id, tags FROM customer_records");
    while (records.step()) {
        QStringList tags = splitTags(records.columnText(1));
        if (!tags.isEmpty())
            recordTags[records.columnInt64(0)] = std::move(tags);
    }
    const auto addCustomer = [&](qint64 customer, const QStringList& orderTags) {
        QStringList all;
        if (const auto it = recordTags.find(customer); it != recordTags.end()) {
            all = std::move(it->second);
            recordTags.erase(it);
        }
        all += orderTags;
        all.removeDuplicates();
        builder.add(customer, std::move(all));
    };
    auto orders = db.prepare("SELECT customer_id, tags FROM orders WHERE is_valid = 1 AND "
                             "customer_id IS NOT NULL ORDER BY customer_id, order_date, id");
    // A customer's orders mostly repeat the same tags: each text is split again only when it
    // differs from that customer's previous order's.
    qint64 current = 0;
    bool any = false;
    QStringList orderTags;
    std::string seen;
    while (orders.step()) {
        const qint64 customer = orders.columnInt64(0);
        if (!any || customer != current) {
            if (any)
                addCustomer(current, orderTags);
            any = true;
            current = customer;
            orderTags.clear();
            seen.clear();
        }
        const std::string_view text = orders.columnUtf8(1);
        if (text == seen)
            continue;
        seen.assign(text);
        for (const QString& tag : splitTags(orders.columnText(1)))
            addUniqueGroup(orderTags, tag);
    }
    if (any)
        addCustomer(current, orderTags);
    for (auto& [customer, tags] : recordTags)
        builder.add(customer, std::move(tags));
    builder.finish();
}

/// A row's group: its second column, or "question: answer" from its second and third.
QString rowGroup(Statement& row, bool questionAndAnswer) {
    if (!questionAndAnswer)
        return row.columnText(1);
    return row.columnText(1) + QStringLiteral(": ") + row.columnText(2);
}

/// Rows of (customer id, group), each customer's groups without duplicates.
void loadPairs(Database& db, const char* sql, FairnessGroups::Dimension& dimension,
               bool questionAndAnswer = false) {
    std::unordered_map<qint64, QStringList> byCustomer;
    auto stmt = db.prepare(sql);
    while (stmt.step())
        addUniqueGroup(byCustomer[stmt.columnInt64(0)], rowGroup(stmt, questionAndAnswer));
    DimensionBuilder builder(dimension);
    for (auto& [customer, groups] : byCustomer)
        builder.add(customer, std::move(groups));
    builder.finish();
}

} // namespace

const QStringList* FairnessGroups::Dimension::of(qint64 customer) const {
    const auto at = std::lower_bound(
        byCustomer.begin(), byCustomer.end(), customer,
        [](const std::pair<qint64, std::uint32_t>& entry, qint64 id) { return entry.first < id; });
    if (at == byCustomer.end() || at->first != customer)
        return nullptr;
    return &sets[at->second];
}

FairnessGroups FairnessGroups::load(Database& db) {
    FairnessGroups groups;
    loadTags(db, groups.tags);
    loadPairs(db, "SELECT customer_id, list_name FROM customer_lists ORDER BY id", groups.lists);
    loadPairs(db,
              "SELECT customer_id, label FROM audience_segments WHERE customer_id IS NOT NULL "
              "ORDER BY id",
              groups.emailGroups);
    loadPairs(db,
              "SELECT r.customer_id, a.question, a.answer FROM survey_segment_answers a "
              "JOIN survey_respondents r ON r.id = a.respondent_id "
              "JOIN survey_segment_questions q ON q.question = a.question "
              "WHERE r.customer_id IS NOT NULL ORDER BY a.id",
              groups.surveyAnswers, true);
    return groups;
}

} // namespace pvi
