#include "importers/ga4_conversion_paths_importer.h"

#include "importers/field_reader.h"
#include "importers/ga4_path_store.h"
#include "importers/import_context.h"
#include "importers/web_report_importer.h"
#include "io/csv_row.h"
#include "io/value_parsers.h"

#include <QCoreApplication>

#include <cmath>

namespace pvi {

namespace {

/// A number cell: empty reads as nothing; anything else that is not a finite number ≥ 0 is an
/// error naming the line, column and value.
std::optional<double> readCount(ImportContext& context, const CsvRow& row,
                                const ColumnRef& column) {
    const QString value = FieldReader(context, row).text(column);
    if (!column.present() || value.isEmpty())
        return std::nullopt;
    const ParsedNumber parsed = parseNumber(value);
    if (parsed.ok() && std::isfinite(parsed.value) && parsed.value >= 0)
        return parsed.value;
    context.error(
        row.line, column.index + 1, QStringLiteral("bad-number"),
        QCoreApplication::translate("pvi::ImportText",
                                    "column '%1' holds '%2', expected a number such as 12 or 3.5")
            .arg(column.name, value));
    return std::nullopt;
}

} // namespace

QStringList Ga4ConversionPathsImporter::pathColumns() {
    return columnNames({"Default channel group", "Default channel group path",
                        "Session default channel group", "Session source / medium",
                        "Source / medium", "Session source", "Source", "Session medium", "Medium",
                        "Session campaign", "Campaign", "Landing page", "Session landing page",
                        "Landing page + query string"});
}

const ImporterSpec& Ga4ConversionPathsImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("ga4-conversion-paths"),
        QStringLiteral("Google Analytics 4 conversion paths"),
        QString(),
        {columnNames({"Days to conversion", "Touchpoints to conversion"}),
         columnNames({"Days to key event", "Touchpoints to key event"})},
        {pathColumns(), columnNames({"Key events", "Conversions"})},
        columnNames({"Default channel group", "Key events", "Purchase revenue", "Days to key event",
                     "Touchpoints to key event"}),
        ImportRecords::Journeys,
    };
    return spec;
}

void Ga4ConversionPathsImporter::begin(ImportContext& context, const HeaderMap& h) {
    m_layout = readDatedReportLayout(context);
    m_col = {h.firstOf(pathColumns()), h.firstOf(columnNames({"Key events", "Conversions"})),
             h.firstOf(columnNames({"Purchase revenue", "Total revenue", "Revenue",
                                    "Key event value", "Conversion value"})),
             h.firstOf(columnNames({"Days to key event", "Days to conversion"})),
             h.firstOf(columnNames({"Touchpoints to key event", "Touchpoints to conversion"}))};
}

void Ga4ConversionPathsImporter::addRow(ImportContext& context, const CsvRow& row) {
    if (beyondFirstTable(m_layout, row.line)) {
        ++m_skippedRows;
        return;
    }
    FieldReader f(context, row);
    Ga4PathRecord r;
    r.dimension = m_col.path.name;
    r.path = f.text(m_col.path);
    if (r.path.isEmpty()) {
        context.error(
            row.line, m_col.path.index + 1, QStringLiteral("empty-path"),
            QCoreApplication::translate("pvi::ImportText",
                                        "column '%1' is empty; expected a path such as 'Organic "
                                        "Search > Email > Direct'")
                .arg(m_col.path.name));
        return;
    }
    if (f.text(m_col.conversions).isEmpty()) {
        context.error(
            row.line, m_col.conversions.index + 1, QStringLiteral("bad-number"),
            QCoreApplication::translate("pvi::ImportText",
                                        "column '%1' is empty; expected the path's conversions")
                .arg(m_col.conversions.name));
        return;
    }
    r.conversions = readCount(context, row, m_col.conversions).value_or(0.0);
    if (!f.text(m_col.revenue).isEmpty())
        r.revenue = f.money(m_col.revenue, FieldReader::Need::Required);
    r.daysToConversion = readCount(context, row, m_col.days);
    r.touchpoints = readCount(context, row, m_col.touchpoints);
    if (context.hasErrors() || !m_layout.from.isValid() || !m_layout.to.isValid())
        return;
    r.dateFrom = m_layout.from.toString(Qt::ISODate);
    r.dateTo = m_layout.to.toString(Qt::ISODate);
    storeGa4Path(context, r);
}

void Ga4ConversionPathsImporter::finish(ImportContext& context) {
    warnOtherTablesSkipped(context, m_layout, m_skippedRows);
}

} // namespace pvi
