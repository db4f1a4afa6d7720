#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>

namespace pvi {

class Database;

// email_delivery_runs (schema version 11) keeps email_deliveries a second time, packed: one row
// per campaign and first sent day, its recipients' rows in one blob of fixed-size records, by
// recipient number. A refresh reads a few thousand blobs instead of millions of rows of twelve
// columns (the large shop's e-mail facts: 1.6 s of SQLite's decoding). email_deliveries stays
// the table every other reader and the import's rebuild use; whatever rebuilds its rows packs
// them again in the same transaction.

/// The most deliveries one row of email_delivery_runs packs: a longer run is kept as several rows,
/// each keyed by its first recipient number, so no blob nears a connection's limit on a value's
/// size.
constexpr std::size_t kMaxPackedDeliveriesPerRow = 65536;

/// One recipient × campaign as a run packs it (the columns of email_deliveries).
struct PackedDelivery {
    std::int64_t recipientNo = 0;
    std::int64_t customerId = 0; ///< 0 when the recipient is not a known customer
    std::int64_t minNameNo = 0;
    std::int64_t maxNameNo = 0;
    std::int64_t firstDay = 0; ///< Julian day of the recipient's first event of the campaign
    std::int64_t lastDay = 0;
    bool opened = false;
    bool clicked = false;
    bool unsubscribed = false;
    bool bounced = false;
};

/// A campaign's deliveries of one first sent day (0: no sent or delivered event).
struct DeliveryRun {
    std::int64_t firstSentDay = 0;
    std::int64_t campaignNo = 0;
    std::span<const PackedDelivery> deliveries; ///< by recipient number
};

/// Packs again the runs of the campaigns whose numbers `campaignFilter` selects (an SQL condition
/// on campaign_no, "1" for every campaign) from their rows in email_deliveries.
void packDeliveryRuns(Database& db, const std::string& campaignFilter);

/// Packs every run (the migration to version 11).
void packEveryDeliveryRun(Database& db);

/// The number of deliveries the runs hold.
std::int64_t packedDeliveryCount(Database& db);

/// Hands each run to `visit`, by first sent day then campaign number. A run whose blob is not
/// what packDeliveryRuns writes (a workspace edited or damaged elsewhere) throws DbError naming it.
void readDeliveryRuns(Database& db, const std::function<void(const DeliveryRun&)>& visit);

} // namespace pvi
