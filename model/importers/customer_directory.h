#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>

namespace pvi {

class Database;

/// Finds or creates workspace customers during one import: one customer per normalized email
/// (or per external id when a customers export has no email). Remembers what it met, so each
/// customer is looked up in the database at most once per file. When the workspace setting
/// `pseudonymize_emails` is "1", every email is replaced by its keyed hash (HMAC-SHA256 with a
/// random key generated once and kept in the setting `pseudonymize_key`) before it is stored or
/// looked up, so the same address maps to the same customer and no address is stored.
class CustomerDirectory {
public:
    CustomerDirectory(Database& db, std::int64_t batchId);

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

private:
    std::int64_t find(const char* sql, const QString& value);
    std::int64_t create(const QString& email, const QString& externalId);
    std::int64_t byIdentity(const QString& key);
    void loadPseudonymKey();

    Database& m_db;
    std::int64_t m_batchId;
    QHash<QString, std::int64_t> m_byEmail;
    QByteArray m_pseudonymKey; ///< empty when emails are stored as they are
    std::int64_t m_added = 0;
    std::int64_t m_matched = 0;
};

} // namespace pvi
