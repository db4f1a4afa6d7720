#pragma once

namespace pvi {

class Database;

/// Scope guard for a write transaction (BEGIN IMMEDIATE). Rolls back unless commit() was called,
/// so an exception or an early return leaves the workspace exactly as it was.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

} // namespace pvi
