#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pvi {

/// What one record of a source's file is, for the sentence that reports an import ("7,620
/// orders from 2,939 customers").
enum class ImportRecords {
    Orders,          ///< orders (with their lines)
    Customers,       ///< customer records or list memberships
    Subscribers,     ///< e-mail audience members or profiles
    EmailEvents,     ///< sends, opens, clicks, bounces, unsubscribes
    Campaigns,       ///< e-mail campaigns
    SurveyResponses, ///< survey responses
    WebRows,         ///< analytics report rows (a page or a list on a day)
    Journeys,        ///< conversion paths
    Costs,           ///< cost rows
    Experiments,     ///< A/B tests
};

/// The records' name in plain English, plural ("orders", "email events"): the CLI's report.
inline QString importRecordsNoun(ImportRecords records) {
    switch (records) {
    case ImportRecords::Orders:
        return QStringLiteral("orders");
    case ImportRecords::Customers:
        return QStringLiteral("customer records");
    case ImportRecords::Subscribers:
        return QStringLiteral("audience members");
    case ImportRecords::EmailEvents:
        return QStringLiteral("email events");
    case ImportRecords::Campaigns:
        return QStringLiteral("campaigns");
    case ImportRecords::SurveyResponses:
        return QStringLiteral("survey responses");
    case ImportRecords::WebRows:
        return QStringLiteral("report rows");
    case ImportRecords::Journeys:
        return QStringLiteral("conversion paths");
    case ImportRecords::Costs:
        return QStringLiteral("cost rows");
    case ImportRecords::Experiments:
        return QStringLiteral("experiments");
    }
    return QStringLiteral("records");
}

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
    /// What one record of the source is.
    ImportRecords records = ImportRecords::Orders;
};

} // namespace pvi
