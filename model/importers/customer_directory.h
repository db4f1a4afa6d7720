#pragma once

#include "importers/recent_customers.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace pvi {

class Database;

/// Finds or creates workspace customers during one import: one customer per normalized email
/// (or per external id when a customers export has no email). Remembers the customers it met
/// most recently (a bounded number, see RecentCustomers), so the rows of an order and the
/// orders of a customer that come together cost no lookup; the others are found through the
/// customers table's email index. The database is the only truth: which customer an email
/// gets never depends on what is remembered. When the workspace setting
/// `pseudonymize_emails` is "1", every email is replaced by its keyed hash (HMAC-SHA256 with a
/// random key generated once and kept in the setting `pseudonymize_key`) before it is stored or
/// looked up, so the same address maps to the same customer and no address is stored.
class CustomerDirectory {
public:
    /// Customers remembered by default: a few MB, while a large export has over a million.
    static constexpr qsizetype kRecentCustomers = 1 << 16;

    CustomerDirectory(Database& db, std::int64_t batchId,
                      qsizetype recentCustomers = kRecentCustomers);

    /// The customer with this normalized email, created (in this batch) when first seen.
    std::int64_t byEmail(const QString& email);
    /// The customer a customers-export row describes: by email when given, else by external id;
    /// fills in the missing one of the two on an existing customer. 0 when both are empty.
    std::int64_t resolve(const QString& email, const QString& externalId);

    /// The key an email is stored and joined under: the normalized email itself, or
    /// "pseudonym:<64 hex digits>" when the workspace pseudonymizes emails; empty stays empty.
    QString identity(const QString& email);

    /// Customers created by this import.
    std::int64_t added() const { return m_added; }
    /// Customers that existed before this import and were met in it.
    std::int64_t matched() const { return m_matched; }
    /// Customers remembered now (never more than the capacity given).
    qsizetype remembered() const { return m_recent.size(); }

private:
    std::int64_t find(const char* sql, const QString& value);
    std::int64_t create(const QString& email, const QString& externalId);
    std::int64_t byIdentity(const QString& key);
    struct Stored {
        std::int64_t id = 0; ///< 0: not stored
        bool createdByThisImport = false;
    };
    /// The customer a lookup by email or external id finds (`sql` binds the value and the batch).
    Stored stored(const char* sql, const QString& value);
    /// The stored customer with this identity key, counted as matched; 0 when there is none.
    std::int64_t meet(const QString& key);
    /// Counts a customer met as matched when it existed before this import and was not counted
    /// yet.
    void countMatched(const Stored& customer);
    void loadPseudonymKey();

    Database& m_db;
    std::int64_t m_batchId;
    RecentCustomers m_recent;
    /// One bit per customer id that existed before this import: set once it was counted as
    /// matched, so a customer met again after being forgotten is not counted twice (1 MB for
    /// 8 million customers, and only as far as the highest id met).
    std::vector<bool> m_counted;
    QByteArray m_pseudonymKey; ///< empty when emails are stored as they are
    std::int64_t m_added = 0;
    std::int64_t m_matched = 0;
};

} // namespace pvi
