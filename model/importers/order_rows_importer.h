#pragma once

#include "importers/header_map.h"
#include "importers/importer.h"
#include "importers/order_record.h"
#include "importers/order_store.h"
#include "io/csv_row.h"

#include <QHash>

#include <deque>
#include <memory>
#include <vector>

namespace pvi {

/// Base of the order importers whose files hold one or several rows per order sharing its key
/// (WooCommerce exports, the generic CSV): gathers each order's rows, has the subclass build the
/// order from them and writes it through the OrderStore. Order-level values repeated on every
/// row of an order are thus read once. An order's rows should be together; a row that comes
/// while fewer than kPendingOrders other orders were started since is still put with its order
/// (a warning counts them), a later one rejects the file.
class OrderRowsImporter : public Importer {
public:
    /// Orders kept open for rows that come apart from the rest of their order.
    static constexpr std::size_t kPendingOrders = 64;

    void addRow(ImportContext& context, const CsvRow& row) override;
    void finish(ImportContext& context) override;

protected:
    /// Starts the import: `key` is the column rows are grouped by, `email` the customer's. A
    /// row with fewer cells than the header (a truncated file) is rejected.
    void beginOrders(ImportContext& context, const HeaderMap& header, const ColumnRef& key,
                     const ColumnRef& email);
    /// Builds one order from its rows (at least one); false when a required value could not
    /// be read (the problem is already reported).
    virtual bool readOrder(ImportContext& context, const std::vector<CsvRow>& rows,
                           OrderRecord& order) = 0;
    /// Joins the order to the customer with this e-mail (normalized); counts orders without
    /// one for a single warning at the end.
    void attachCustomer(ImportContext& context, const QString& email, qint64 line,
                        OrderRecord& order);

    /// For layouts with one row per order: a warning when an order has several rows (only
    /// its first is read).
    void warnIfRepeated(ImportContext& context, const std::vector<CsvRow>& rows) const;

private:
    struct Group {
        QString key;
        std::vector<CsvRow> rows;
    };
    void writeOldest(ImportContext& context);

    ColumnRef m_key, m_email;
    QStringList m_header;
    std::unique_ptr<OrderStore> m_store;
    std::deque<Group> m_pending;   ///< orders still open, oldest first
    QHash<QString, qint64> m_seen; ///< order key -> its first line
    qint64 m_apartOrders = 0;
    qint64 m_firstApartLine = 0;
    qint64 m_ordersWithoutEmail = 0;
    qint64 m_firstLineWithoutEmail = 0;
};

} // namespace pvi
