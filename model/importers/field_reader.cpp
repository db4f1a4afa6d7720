#include "importers/field_reader.h"

#include "importers/import_context.h"
#include "io/csv_row.h"
#include "io/timestamp.h"
#include "io/value_parsers.h"

#include <QCoreApplication>

#include <cmath>

namespace pvi {

FieldReader::FieldReader(ImportContext& context, const CsvRow& row)
    : m_context(context)
    , m_row(row) {}

QString FieldReader::text(const ColumnRef& column) const {
    if (!column.present() || column.index >= m_row.fields.size())
        return {};
    return m_row.fields.at(column.index).trimmed();
}

void FieldReader::problem(const ColumnRef& column, Need need, const QString& code,
                          const QString& value, const QString& expected) const {
    const QString message =
        value.isEmpty()
            ? QCoreApplication::translate("pvi::ImportText", "%1 is empty; expected %2")
                  .arg(column.name, expected)
            : QCoreApplication::translate("pvi::ImportText", "%1 '%2' cannot be read; expected %3")
                  .arg(column.name, value, expected);
    if (need == Need::Required)
        m_context.error(m_row.line, column.index + 1, code, message);
    else
        m_context.warning(m_row.line, column.index + 1, code,
                          message +
                              QCoreApplication::translate("pvi::ImportText", " (left empty)"));
}

std::optional<double> FieldReader::money(const ColumnRef& column, Need need) const {
    const QString value = text(column);
    if (!column.present())
        return std::nullopt;
    const ParsedNumber parsed = parseNumber(value);
    if (parsed.status == ParsedNumber::Status::Ok && std::isfinite(parsed.value))
        return parsed.value;
    if (parsed.status == ParsedNumber::Status::Empty && need == Need::Optional)
        return std::nullopt;
    problem(column, need, QStringLiteral("bad-money"), value,
            QCoreApplication::translate("pvi::ImportText", "an amount such as 12.50"));
    return std::nullopt;
}

std::optional<qint64> FieldReader::integer(const ColumnRef& column, Need need) const {
    const QString value = text(column);
    if (!column.present())
        return std::nullopt;
    const ParsedNumber parsed = parseNumber(value);
    if (parsed.status == ParsedNumber::Status::Ok && std::isfinite(parsed.value) &&
        parsed.value == std::trunc(parsed.value) && std::fabs(parsed.value) < 1e15)
        return static_cast<qint64>(parsed.value);
    if (parsed.status == ParsedNumber::Status::Empty && need == Need::Optional)
        return std::nullopt;
    problem(column, need, QStringLiteral("bad-integer"), value,
            QCoreApplication::translate("pvi::ImportText", "a whole number such as 2"));
    return std::nullopt;
}

std::optional<ImportedTimestamp> FieldReader::timestamp(const ColumnRef& column, Need need) const {
    const QString value = text(column);
    if (!column.present())
        return std::nullopt;
    if (value.isEmpty() && need == Need::Optional)
        return std::nullopt;
    const std::optional<Timestamp> parsed = parseTimestamp(value, DateOrder::MonthFirst);
    if (!parsed || !parsed->date.isValid()) {
        problem(column, need, QStringLiteral("bad-timestamp"), value,
                QCoreApplication::translate("pvi::ImportText",
                                            "a date and time such as 2025-03-20 05:20:57 -0700"));
        return std::nullopt;
    }
    ImportedTimestamp result;
    result.date = parsed->date;
    result.iso = toIsoText(*parsed);
    return result;
}

std::optional<bool> FieldReader::flag(const ColumnRef& column) const {
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const std::optional<bool> parsed = parseBool(value);
    if (!parsed)
        problem(column, Need::Optional, QStringLiteral("bad-flag"), value,
                QCoreApplication::translate("pvi::ImportText", "yes or no"));
    return parsed;
}

} // namespace pvi
