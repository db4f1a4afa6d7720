#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pvi {

/// What an importer declares about the files it reads, as data: its id and title, how to
/// recognise its header and which columns it cannot do without.
struct ImporterSpec {
    QString id;    ///< stable id, e.g. "shopify-orders" (used by --source and in import_batches)
    QString title; ///< for the user, e.g. "Shopify orders export"
    /// The header's first cell when the source always starts with it (empty: no such rule).
    QString firstColumn;
    /// Alternative sets of columns that identify the source: a header holding every column of
    /// one set carries the source's signature.
    QList<QStringList> signatures;
    /// Columns the import needs; each entry lists alternatives of which one must be present.
    QList<QStringList> required;
    /// Columns named in the message for a file no importer recognises.
    QStringList keyColumns;
};

} // namespace pvi
