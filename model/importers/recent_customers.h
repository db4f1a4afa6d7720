#pragma once

#include <QHash>
#include <QString>

#include <cstdint>

namespace pvi {

/// The customers an import met most recently, by identity key (the normalized or pseudonymized
/// email), at most `capacity` of them: the CustomerDirectory's shortcut before its indexed
/// lookup in the customers table, so that an export with millions of customers is read in
/// bounded memory. Two generations approximate least-recently-used eviction without a list:
/// when the current one holds half the capacity it becomes the older one (the older one is
/// dropped), and a key found in the older one moves back to the current one. An order's rows
/// and a customer's orders close together in a file are thus found here.
class RecentCustomers {
public:
    /// `capacity` is at least 2 (one entry per generation).
    explicit RecentCustomers(qsizetype capacity);

    /// The customer remembered under this key, or 0 when it is not (or no longer) remembered.
    std::int64_t find(const QString& key);
    /// Remembers a customer met under this key, evicting the least recently used half of the
    /// entries when full.
    void remember(const QString& key, std::int64_t customerId);

    /// Customers remembered now: never more than capacity().
    qsizetype size() const { return m_current.size() + m_older.size(); }
    qsizetype capacity() const { return 2 * m_generationSize; }

private:
    qsizetype m_generationSize;
    QHash<QString, std::int64_t> m_current;
    QHash<QString, std::int64_t> m_older;
};

} // namespace pvi
