#pragma once
// What the workspace knows about each customer beyond the orders, as the segment dimensions and
// rules need it: tags (customer and order tags), country, region, consent and imported lists.

#include <QString>
#include <QStringList>

#include <optional>
#include <unordered_map>
#include <vector>

namespace pvi {

class Database;

struct CustomerAttributes {
    QStringList customerTags;    ///< from the customers export, lower case, trimmed
    QStringList orderTags;       ///< from the customer's valid orders, lower case, trimmed
    QString country;             ///< the customers export's, else the last order's billing
    QString region;              ///< province / state, the same way
    std::optional<bool> consent; ///< accepts marketing: the export's, else the last order's
    QStringList lists;           ///< imported customer lists the customer is on
    QStringList emailGroups;     ///< e-mail platform tags, groups and lists
    QStringList surveyAnswers;   ///< "question: answer" for questions marked as segments
    QStringList tags() const;    ///< customer and order tags together
};

/// Every customer of the workspace (with or without orders) and their attributes.
struct CustomerAttributeTable {
    std::vector<qint64> customers;
    std::unordered_map<qint64, CustomerAttributes> byCustomer;
    const CustomerAttributes& of(qint64 customer) const;
};

/// Splits a tags cell ("VIP, wholesale") into lower-case trimmed tags.
QStringList splitTags(const QString& cell);

/// Loads the table. Throws DbError on a store failure.
CustomerAttributeTable loadCustomerAttributes(Database& db);

} // namespace pvi
