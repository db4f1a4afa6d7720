#include "store/transaction.h"

#include "store/database.h"

namespace pvi {

Transaction::Transaction(Database& db)
    : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_open) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // The connection already rolled back (e.g. after SQLITE_FULL); nothing left to undo.
        }
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_open = false;
}

} // namespace pvi
