#pragma once
// The shop's own segments the fairness ratio compares customers by (tags, imported lists, e-mail
// groups, survey answers), read on their own: the customer attribute table
// (segments/customer_attributes.h) holds every attribute as lists per customer, about 45 MB for
// the large shop's 117,000 customers, where most customers share a handful of tag sets.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace pvi {

class Database;

/// For each dimension, every distinct set of groups once and each customer's set.
struct FairnessGroups {
    /// One dimension: the groups of each customer who has any.
    struct Dimension {
        std::vector<QStringList> sets; ///< each distinct set of groups once, names sorted
        /// Customer → index into `sets`, by customer id.
        std::vector<std::pair<qint64, std::uint32_t>> byCustomer;

        /// The customer's groups; null when they have none.
        const QStringList* of(qint64 customer) const;
    };
    Dimension tags;          ///< customer and order tags together (CustomerAttributes::tags)
    Dimension lists;         ///< imported customer lists
    Dimension emailGroups;   ///< e-mail platform tags, groups and lists
    Dimension surveyAnswers; ///< "question: answer" for questions marked as segments

    /// Loads them as loadCustomerAttributes() reads them. Throws DbError.
    static FairnessGroups load(Database& db);
};

} // namespace pvi
