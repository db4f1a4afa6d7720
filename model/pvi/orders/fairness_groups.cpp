#include "pvi/orders/fairness_groups.h"

#include "pvi/segments/customer_attributes.h"
#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

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
    // The orders are read in the table's order and grouped by customer here: walking the
    // orders_customer_date index instead looks every order's row up (ten times as slow on the
    // large shop). Each distinct tags text is split once.
    std::unordered_map<std::string, std::uint32_t> textIds;
    std::vector<QStringList> textTags;
    std::vector<std::pair<qint64, std::uint32_t>> customerTexts;
    auto orders =
        db.prepare("SELECT customer_id, coalesce(tags, '') FROM orders WHERE is_valid = 1 AND "
                   "customer_id IS NOT NULL");
    while (orders.step()) {
        const auto [it, added] = textIds.try_emplace(std::string(orders.columnUtf8(1)),
                                                     static_cast<std::uint32_t>(textTags.size()));
        if (added) {
            QStringList tags;
            for (const QString& tag : splitTags(orders.columnText(1)))
                addUniqueGroup(tags, tag);
            textTags.push_back(std::move(tags));
        }
        customerTexts.emplace_back(orders.columnInt64(0), it->second);
    }
    textIds = {};
    // By customer id, as the sets of groups are numbered in that order.
    std::sort(customerTexts.begin(), customerTexts.end());
    customerTexts.erase(std::unique(customerTexts.begin(), customerTexts.end()),
                        customerTexts.end());
    for (std::size_t i = 0; i < customerTexts.size();) {
        const qint64 customer = customerTexts[i].first;
        QStringList orderTags;
        for (; i < customerTexts.size() && customerTexts[i].first == customer; ++i) {
            for (const QString& tag : textTags[customerTexts[i].second])
                addUniqueGroup(orderTags, tag);
        }
        addCustomer(customer, orderTags);
    }
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
