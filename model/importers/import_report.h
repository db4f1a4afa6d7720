#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace pvi {

/// One problem found while importing, with its position as fields (1-based line and column;
/// column 0 when the problem concerns the whole line or file).
struct ImportIssue {
    enum class Severity { Error, Warning };
    QString file;
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    QString code;    ///< stable machine-readable code, e.g. "bad-money", "missing-column"
    QString message; ///< a sentence for the user, naming the value when there is one
};

/// What an import did. `ok` is false when the file was rejected as a whole (then nothing was
/// written and `error` says why); row-level problems are in `issues`.
struct ImportReport {
    QString file;        ///< the path as given
    QString source;      ///< detected or forced source id, e.g. "shopify-orders"
    QString sourceTitle; ///< e.g. "Shopify orders export (2025 layout)"
    std::int64_t batchId = -1;
    bool ok = false;
    bool cancelled = false;
    QString error;
    std::int64_t rowsRead = 0;
    std::int64_t recordsAdded = 0;     ///< new orders (or customers, for a customers export)
    std::int64_t recordsUpdated = 0;   ///< known records whose values changed
    std::int64_t recordsUnchanged = 0; ///< already in the workspace exactly like this
    std::int64_t customersAdded = 0;
    std::int64_t customersMatched = 0;
    std::int64_t guestRecords = 0; ///< orders stored without a customer (no e-mail): guests
    QList<ImportIssue> issues;
};

} // namespace pvi
