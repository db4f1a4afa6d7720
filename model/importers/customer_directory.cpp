#include "importers/customer_directory.h"

#include "store/database.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <array>

namespace pvi {

namespace {

// A stored customer and whether this import (batch ?2) created it.
constexpr const char* kByEmail =
    "SELECT id, created_batch_id IS ?2 FROM customers WHERE email = ?1";
constexpr const char* kByExternalId =
    "SELECT id, created_batch_id IS ?2 FROM customers WHERE external_id = ?1";

} // namespace

CustomerDirectory::CustomerDirectory(Database& db, std::int64_t batchId, qsizetype recentCustomers)
    : m_db(db)
    , m_batchId(batchId)
    , m_recent(recentCustomers) {
    loadPseudonymKey();
}

void CustomerDirectory::loadPseudonymKey() {
    Statement on = m_db.prepare("SELECT value FROM settings WHERE key = 'pseudonymize_emails'");
    if (!on.step() || on.columnText(0).trimmed() != QStringLiteral("1"))
        return;
    Statement key = m_db.prepare("SELECT value FROM settings WHERE key = 'pseudonymize_key'");
    if (key.step())
        m_pseudonymKey = QByteArray::fromHex(key.columnText(0).toLatin1());
    if (m_pseudonymKey.size() >= 16)
        return;
    std::array<quint32, 8> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    m_pseudonymKey = QByteArray(reinterpret_cast<const char*>(random.data()), sizeof random);
    m_db.prepare("INSERT INTO settings(key, value) VALUES ('pseudonymize_key', ?1) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::fromLatin1(m_pseudonymKey.toHex()))
        .run();
}

QString CustomerDirectory::identity(const QString& email) {
    if (email.isEmpty() || m_pseudonymKey.isEmpty())
        return email;
    const QByteArray mac = QMessageAuthenticationCode::hash(email.toUtf8(), m_pseudonymKey,
                                                            QCryptographicHash::Sha256);
    return QStringLiteral("pseudonym:") + QString::fromLatin1(mac.toHex());
}

std::int64_t CustomerDirectory::find(const char* sql, const QString& value) {
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, value);
    return stmt.step() ? stmt.columnInt64(0) : 0;
}

std::int64_t CustomerDirectory::create(const QString& email, const QString& externalId) {
    m_db.prepare("INSERT INTO customers(email, external_id, created_batch_id) VALUES (?1, ?2, ?3)")
        .bind(1, email.isEmpty() ? QString() : email)
        .bind(2, externalId.isEmpty() ? QString() : externalId)
        .bind(3, m_batchId)
        .run();
    ++m_added;
    return m_db.lastInsertRowId();
}

std::int64_t CustomerDirectory::byEmail(const QString& email) {
    return byIdentity(identity(email));
}

std::int64_t CustomerDirectory::byIdentity(const QString& email) {
    if (email.isEmpty())
        return 0;
    if (const std::int64_t remembered = m_recent.find(email))
        return remembered;
    // Looked up first: in a large export most customers met here are repeat customers who were
    // forgotten since their previous order (one indexed lookup), the new ones cost an insert too.
    std::int64_t id = meet(email);
    if (id == 0) {
        m_db.prepare("INSERT INTO customers(email, created_batch_id) VALUES (?1, ?2)")
            .bind(1, email)
            .bind(2, m_batchId)
            .run();
        ++m_added;
        id = m_db.lastInsertRowId();
    }
    m_recent.remember(email, id);
    return id;
}

CustomerDirectory::Stored CustomerDirectory::stored(const char* sql, const QString& value) {
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, value).bind(2, m_batchId);
    if (!stmt.step())
        return {};
    return {stmt.columnInt64(0), stmt.columnInt64(1) != 0};
}

std::int64_t CustomerDirectory::meet(const QString& email) {
    // Through the email's unique index. A customer this import created and then forgot is met
    // here again: its batch tells it apart from one that existed before.
    const Stored customer = stored(kByEmail, email);
    countMatched(customer);
    return customer.id;
}

void CustomerDirectory::countMatched(const Stored& customer) {
    if (customer.createdByThisImport || customer.id <= 0)
        return;
    const auto bit = static_cast<std::size_t>(customer.id);
    if (bit >= m_counted.size())
        m_counted.resize(bit + 1);
    if (m_counted[bit])
        return;
    m_counted[bit] = true;
    ++m_matched;
}

std::int64_t CustomerDirectory::resolve(const QString& rawEmail, const QString& externalId) {
    const QString email = identity(rawEmail);
    if (email.isEmpty() && externalId.isEmpty())
        return 0;
    if (!email.isEmpty()) {
        const bool known = m_recent.find(email) != 0 ||
                           find("SELECT id FROM customers WHERE email = ?1", email) != 0;
        if (known || externalId.isEmpty() ||
            find("SELECT id FROM customers WHERE external_id = ?1", externalId) == 0) {
            const std::int64_t id = byIdentity(email);
            if (!externalId.isEmpty())
                m_db.prepare("UPDATE customers SET external_id = ?2 WHERE id = ?1 AND "
                             "external_id IS NULL AND NOT EXISTS (SELECT 1 FROM customers "
                             "WHERE external_id = ?2)")
                    .bind(1, id)
                    .bind(2, externalId)
                    .run();
            return id;
        }
    }
    // Known by external id only (or no email): that customer, with its email filled in if new.
    const Stored customer = stored(kByExternalId, externalId);
    if (customer.id == 0)
        return create(email, externalId);
    countMatched(customer);
    const std::int64_t id = customer.id;
    if (!email.isEmpty()) {
        m_db.prepare("UPDATE customers SET email = ?2 WHERE id = ?1 AND email IS NULL")
            .bind(1, id)
            .bind(2, email)
            .run();
        // Remembered only when stored: a later row with this email must get what the
        // customers table says, whether or not it is still remembered by then.
        if (m_db.changes() == 1)
            m_recent.remember(email, id);
    }
    return id;
}

} // namespace pvi
