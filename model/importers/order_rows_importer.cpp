#include "importers/order_rows_importer.h"

#include "importers/customer_directory.h"
#include "importers/import_context.h"
#include "io/value_parsers.h"

#include <QCoreApplication>

namespace pvi {

void OrderRowsImporter::beginOrders(ImportContext& context, const HeaderMap& header,
                                    const ColumnRef& key, const ColumnRef& email) {
    m_header = header.names();
    m_key = key;
    m_email = email;
    m_store = std::make_unique<OrderStore>(context.db(), context.batchId());
}

void OrderRowsImporter::addRow(ImportContext& context, const CsvRow& row) {
    if (row.fields.size() < m_header.size()) {
        const auto first = row.fields.size();
        context.error(row.line, static_cast<int>(first) + 1, QStringLiteral("short-row"),
                      QCoreApplication::translate(
                          "pvi::ImportText",
                          "the row has %1 of the header's %2 columns (%3 is missing): "
                          "the file looks truncated")
                          .arg(first)
                          .arg(m_header.size())
                          .arg(m_header.at(first).trimmed()));
        return;
    }
    const QString key = row.value(m_key.index).trimmed();
    if (key.isEmpty()) {
        context.error(row.line, m_key.index + 1, QStringLiteral("missing-value"),
                      QCoreApplication::translate("pvi::ImportText",
                                                  "%1 is empty: every row must name its order")
                          .arg(m_key.name));
        return;
    }
    if (!m_pending.empty() && m_pending.back().key == key) {
        m_pending.back().rows.push_back(row);
        return;
    }
    for (Group& group : m_pending) {
        if (group.key == key) { // rows of an order a few rows apart: put together
            group.rows.push_back(row);
            if (m_apartOrders++ == 0)
                m_firstApartLine = row.line;
            return;
        }
    }
    const auto seen = m_seen.constFind(key);
    if (seen != m_seen.constEnd()) {
        context.error(row.line, m_key.index + 1, QStringLiteral("split-order"),
                      QCoreApplication::translate(
                          "pvi::ImportText",
                          "%1 '%2' was already read on line %3 and more than %4 other "
                          "orders came between: an order's rows must be together "
                          "(sort the file by %1)")
                          .arg(m_key.name, key)
                          .arg(seen.value())
                          .arg(kPendingOrders));
        return;
    }
    m_seen.insert(key, row.line);
    m_pending.push_back(Group{key, {row}});
    if (m_pending.size() > kPendingOrders)
        writeOldest(context);
}

void OrderRowsImporter::writeOldest(ImportContext& context) {
    if (m_pending.empty())
        return;
    const Group group = std::move(m_pending.front());
    m_pending.pop_front();
    OrderRecord order;
    const bool ok = readOrder(context, group.rows, order);
    if (!ok || context.hasErrors())
        return;
    countOutcome(context.report(), order, m_store->save(order));
}

void OrderRowsImporter::attachCustomer(ImportContext& context, const QString& email, qint64 line,
                                       OrderRecord& order) {
    const QString normalized = normalizeEmail(email);
    order.customerId = normalized.isEmpty() ? 0 : context.customers().byEmail(normalized);
    if (normalized.isEmpty() && m_ordersWithoutEmail++ == 0)
        m_firstLineWithoutEmail = line;
}

void OrderRowsImporter::warnIfRepeated(ImportContext& context,
                                       const std::vector<CsvRow>& rows) const {
    if (rows.size() > 1)
        context.warning(rows[1].line, m_key.index + 1, QStringLiteral("repeated-order"),
                        QCoreApplication::translate(
                            "pvi::ImportText", "order %1 is on %2 rows; only its first row is read")
                            .arg(rows.front().value(m_key.index).trimmed())
                            .arg(rows.size()));
}

void OrderRowsImporter::finish(ImportContext& context) {
    while (!m_pending.empty())
        writeOldest(context);
    if (m_apartOrders > 0)
        context.warning(
            m_firstApartLine, m_key.index + 1, QStringLiteral("rows-apart"),
            QCoreApplication::translate("pvi::ImportText",
                                        "%1 row(s) came after other orders' rows (the first on "
                                        "this line); each was put with its order")
                .arg(m_apartOrders));
    if (m_ordersWithoutEmail == 0)
        return;
    if (!m_email.present())
        context.warning(
            0, 0, QStringLiteral("no-email"),
            QCoreApplication::translate("pvi::ImportText",
                                        "the file has no e-mail column: its %1 order(s) count in "
                                        "revenue and order PVIs but belong to no customer")
                .arg(m_ordersWithoutEmail));
    else
        context.warning(
            m_firstLineWithoutEmail, m_email.index + 1, QStringLiteral("no-email"),
            QCoreApplication::translate("pvi::ImportText",
                                        "%1 order(s) have no e-mail (the first on this line): "
                                        "they count in revenue and order PVIs but belong to no "
                                        "customer")
                .arg(m_ordersWithoutEmail));
}

} // namespace pvi
