#include "store/email_delivery_runs.h"

#include "store/database.h"
#include "store/db_error.h"
#include "store/statement.h"

#include <QString>

#include <bit>
#include <cstddef>
#include <cstring>
#include <iterator>
#include <utility>
#include <vector>

namespace pvi {

namespace {

// A record: six little-endian 64-bit integers (recipient number, customer id or 0, first and last
// campaign name number, first and last day) and one byte of flags, in the order these list them.
constexpr std::int64_t PackedDelivery::*kIntegers[] = {
    &PackedDelivery::recipientNo, &PackedDelivery::customerId, &PackedDelivery::minNameNo,
    &PackedDelivery::maxNameNo,   &PackedDelivery::firstDay,   &PackedDelivery::lastDay};
constexpr std::pair<bool PackedDelivery::*, unsigned char> kFlags[] = {
    {&PackedDelivery::opened, 1},
    {&PackedDelivery::clicked, 2},
    {&PackedDelivery::unsubscribed, 4},
    {&PackedDelivery::bounced, 8}};
constexpr unsigned char kEveryFlag = [] {
    unsigned char every = 0;
    for (const auto& flag : kFlags)
        every |= flag.second;
    return every;
}();
constexpr std::size_t kRecordBytes = std::size(kIntegers) * 8 + 1;

static_assert(kMaxPackedDeliveriesPerRow * kRecordBytes < Database::kMaxValueBytes);

constexpr const char* kRunsSql = R"sql(
SELECT first_sent_day, campaign_no, first_recipient_no, deliveries, packed
  FROM email_delivery_runs
 ORDER BY first_sent_day, campaign_no, first_recipient_no
)sql";

constexpr const char* kInsertSql = R"sql(
INSERT INTO email_delivery_runs(first_sent_day, campaign_no, first_recipient_no, deliveries, packed)
VALUES (?1, ?2, ?3, ?4, ?5)
)sql";

void putInteger(std::vector<unsigned char>& out, std::int64_t value) {
    const auto bits = static_cast<std::uint64_t>(value);
    for (int shift = 0; shift < 64; shift += 8)
        out.push_back(static_cast<unsigned char>(bits >> shift));
}

std::int64_t integerAt(const unsigned char* bytes) {
    std::uint64_t bits = 0;
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(&bits, bytes, sizeof bits); // millions of records: no loop per byte
    } else {
        for (int k = 7; k >= 0; --k)
            bits = (bits << 8) | bytes[k];
    }
    return static_cast<std::int64_t>(bits);
}

/// The rows of one key of email_delivery_runs while they are packed.
class RunWriter {
public:
    explicit RunWriter(Database& db)
        : m_insert(db.prepare(kInsertSql)) {}

    void add(std::int64_t firstSentDay, std::int64_t campaignNo, const PackedDelivery& d) {
        if (m_count > 0 && (firstSentDay != m_day || campaignNo != m_campaign ||
                            m_count == kMaxPackedDeliveriesPerRow))
            flush();
        if (m_count == 0) {
            m_day = firstSentDay;
            m_campaign = campaignNo;
            m_firstRecipient = d.recipientNo;
        }
        for (const auto field : kIntegers)
            putInteger(m_packed, d.*field);
        unsigned char flags = 0;
        for (const auto& [field, bit] : kFlags)
            flags |= d.*field ? bit : 0;
        m_packed.push_back(flags);
        ++m_count;
    }

    void flush() {
        if (m_count == 0)
            return;
        m_insert.bind(1, m_day).bind(2, m_campaign).bind(3, m_firstRecipient);
        m_insert.bind(4, static_cast<std::int64_t>(m_count)).bindBlob(5, m_packed);
        m_insert.run();
        m_packed.clear();
        m_count = 0;
    }

private:
    Statement m_insert;
    std::vector<unsigned char> m_packed;
    std::size_t m_count = 0;
    std::int64_t m_day = 0, m_campaign = 0, m_firstRecipient = 0;
};

[[noreturn]] void damaged(std::int64_t day, std::int64_t campaignNo, const char* why) {
    throw DbError(QStringLiteral("email_delivery_runs: the row of campaign %1 on day %2 is "
                                 "damaged (%3)")
                      .arg(campaignNo)
                      .arg(day)
                      .arg(QLatin1String(why)));
}

} // namespace

void packDeliveryRuns(Database& db, const std::string& campaignFilter) {
    db.exec("DELETE FROM email_delivery_runs WHERE " + campaignFilter + ";");
    Statement rows = db.prepare(
        "SELECT first_sent_day, campaign_no, recipient_no, coalesce(customer_id, 0), min_name_no, "
        "max_name_no, first_day, last_day, opened, clicked, unsubscribed, bounced "
        "FROM email_deliveries WHERE " +
        campaignFilter + " ORDER BY first_sent_day, campaign_no, recipient_no");
    RunWriter writer(db);
    while (rows.step()) {
        PackedDelivery d;
        d.recipientNo = rows.columnInt64(2);
        d.customerId = rows.columnInt64(3);
        d.minNameNo = rows.columnInt64(4);
        d.maxNameNo = rows.columnInt64(5);
        d.firstDay = rows.columnInt64(6);
        d.lastDay = rows.columnInt64(7);
        d.opened = rows.columnInt64(8) != 0;
        d.clicked = rows.columnInt64(9) != 0;
        d.unsubscribed = rows.columnInt64(10) != 0;
        d.bounced = rows.columnInt64(11) != 0;
        writer.add(rows.columnInt64(0), rows.columnInt64(1), d);
    }
    writer.flush();
}

void packEveryDeliveryRun(Database& db) {
    packDeliveryRuns(db, "1");
}

std::int64_t packedDeliveryCount(Database& db) {
    return db.queryInt("SELECT coalesce(sum(deliveries), 0) FROM email_delivery_runs");
}

void readDeliveryRuns(Database& db, const std::function<void(const DeliveryRun&)>& visit) {
    std::vector<PackedDelivery> records;
    std::int64_t lastDay = 0, lastCampaign = 0, lastRecipient = 0;
    Statement stmt = db.prepare(kRunsSql);
    while (stmt.step()) {
        DeliveryRun run;
        run.firstSentDay = stmt.columnInt64(0);
        run.campaignNo = stmt.columnInt64(1);
        const std::int64_t count = stmt.columnInt64(3);
        const std::span<const unsigned char> packed = stmt.columnBlob(4);
        if (count <= 0 || static_cast<std::uint64_t>(count) > kMaxPackedDeliveriesPerRow ||
            packed.size() != static_cast<std::size_t>(count) * kRecordBytes)
            damaged(run.firstSentDay, run.campaignNo, "its size is not its count of deliveries");
        records.resize(static_cast<std::size_t>(count));
        const unsigned char* at = packed.data();
        for (PackedDelivery& d : records) {
            for (const auto field : kIntegers) {
                d.*field = integerAt(at);
                at += 8;
            }
            const unsigned char flags = *at++;
            if ((flags & ~kEveryFlag) != 0)
                damaged(run.firstSentDay, run.campaignNo, "unknown flags");
            for (const auto& [field, bit] : kFlags)
                d.*field = (flags & bit) != 0;
            if (&d != records.data() && d.recipientNo <= (&d - 1)->recipientNo)
                damaged(run.firstSentDay, run.campaignNo, "recipients out of order");
        }
        if (records.front().recipientNo != stmt.columnInt64(2))
            damaged(run.firstSentDay, run.campaignNo, "its first recipient is not its key");
        // A run stored as several rows: each row's recipients after the previous row's.
        if (run.firstSentDay == lastDay && run.campaignNo == lastCampaign &&
            records.front().recipientNo <= lastRecipient)
            damaged(run.firstSentDay, run.campaignNo, "recipients out of order");
        lastDay = run.firstSentDay;
        lastCampaign = run.campaignNo;
        lastRecipient = records.back().recipientNo;
        run.deliveries = records;
        visit(run);
    }
}

} // namespace pvi
