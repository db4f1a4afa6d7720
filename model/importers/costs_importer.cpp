#include "importers/costs_importer.h"

#include "importers/field_reader.h"
#include "importers/header_map.h"
#include "importers/import_context.h"
#include "io/csv_row.h"
#include "store/database.h"
#include "store/statement.h"

#include <QCoreApplication>

namespace pvi {

namespace {

using Need = FieldReader::Need;

} // namespace

const ImporterSpec& CostsImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("costs"),
        QStringLiteral("Costs CSV (period, channel, category, amount)"),
        QString(),
        {columnNames({"Period start", "Period end", "Category", "Amount"}),
         columnNames({"period_start", "period_end", "category", "amount"})},
        {columnNames({"Period start", "period_start", "Start"}),
         columnNames({"Period end", "period_end", "End"}), columnNames({"Category"}),
         columnNames({"Amount", "Cost"})},
        columnNames({"Period start", "Period end", "Channel", "Category", "Amount"}),
        ImportRecords::Costs,
    };
    return spec;
}

void CostsImporter::begin(ImportContext&, const HeaderMap& h) {
    m_col = {h.firstOf(columnNames({"Period start", "period_start", "Start"})),
             h.firstOf(columnNames({"Period end", "period_end", "End"})),
             h.column(QStringLiteral("Channel")),
             h.column(QStringLiteral("Category")),
             h.firstOf(columnNames({"Amount", "Cost"})),
             h.column(QStringLiteral("Note"))};
}

void CostsImporter::addRow(ImportContext& context, const CsvRow& row) {
    FieldReader f(context, row);
    const auto start = f.timestamp(m_col.start, Need::Required);
    const auto end = f.timestamp(m_col.end, Need::Required);
    const auto amount = f.money(m_col.amount, Need::Required);
    const QString category = f.text(m_col.category).toLower();
    if (category != u"personalization" && category != u"acquisition" && category != u"other") {
        context.error(row.line, m_col.category.index + 1, QStringLiteral("bad-category"),
                      QCoreApplication::translate(
                          "pvi::ImportText", "column '%1' holds '%2', expected personalization, "
                                             "acquisition or other")
                          .arg(m_col.category.name, f.text(m_col.category)));
        return;
    }
    if (!start || !end || !amount)
        return;
    if (end->date < start->date) {
        context.error(row.line, m_col.end.index + 1, QStringLiteral("bad-period"),
                      QCoreApplication::translate("pvi::ImportText",
                                                  "the period ends (%1) before it starts (%2)")
                          .arg(end->date.toString(Qt::ISODate), start->date.toString(Qt::ISODate)));
        return;
    }
    QString channel = f.text(m_col.channel);
    if (channel.isEmpty())
        channel = QStringLiteral("unspecified");
    const QString note = f.text(m_col.note);
    Statement insert = context.db().prepare(
        "INSERT INTO costs(batch_id, period_start, period_end, channel, category, amount, note) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, context.batchId())
        .bind(2, start->date.toString(Qt::ISODate))
        .bind(3, end->date.toString(Qt::ISODate))
        .bind(4, channel)
        .bind(5, category)
        .bind(6, *amount);
    if (note.isEmpty())
        insert.bindNull(7);
    else
        insert.bind(7, note);
    insert.run();
    ++context.report().recordsAdded;
}

} // namespace pvi
