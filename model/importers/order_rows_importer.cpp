#include "importers/order_rows_importer.h"

#include "importers/customer_directory.h"
#include "importers/import_context.h"
#include "io/value_parsers.h"

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
                      QStringLiteral("the row has %1 of the header's %2 columns (%3 is missing): "
                                     "the file looks truncated")
                          .arg(first)
                          .arg(m_header.size())
                          .arg(m_header.at(first).trimmed()));
        return;
    }
    const QString key = row.value(m_key.index).trimmed();
    if (key.isEmpty()) {
        context.error(row.line, m_key.index + 1, QStringLiteral("missing-value"),
                      QStringLiteral("%1 is empty: every row must name its order").arg(m_key.name));
        return;
    }
    if (!m_rows.empty() && key == m_current) {
        m_rows.push_back(row);
        return;
    }
    flush(context);
    const auto seen = m_seen.constFind(key);
    if (seen != m_seen.constEnd()) {
        context.error(row.line, m_key.index + 1, QStringLiteral("split-order"),
                      QStringLiteral("%1 '%2' was already read on line %3 and other orders came "
                                     "between: an order's rows must be together (sort the file "
                                     "by %1)")
                          .arg(m_key.name, key)
                          .arg(seen.value()));
        return;
    }
    m_seen.insert(key, row.line);
    m_current = key;
    m_rows.push_back(row);
}

void OrderRowsImporter::flush(ImportContext& context) {
    if (m_rows.empty())
        return;
    OrderRecord order;
    const bool ok = readOrder(context, m_rows, order);
    m_rows.clear();
    if (!ok || context.hasErrors())
        return;
    countOutcome(context.report(), m_store->save(order));
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
                        QStringLiteral("order %1 is on %2 rows; only its first row is read")
                            .arg(m_current)
                            .arg(rows.size()));
}

void OrderRowsImporter::finish(ImportContext& context) {
    flush(context);
    if (m_ordersWithoutEmail > 0)
        context.warning(m_firstLineWithoutEmail, m_email.present() ? m_email.index + 1 : 0,
                        QStringLiteral("no-email"),
                        QStringLiteral("%1 order(s) have no e-mail (the first on this line): "
                                       "they count in revenue and order PVIs but belong to no "
                                       "customer")
                            .arg(m_ordersWithoutEmail));
}

} // namespace pvi
