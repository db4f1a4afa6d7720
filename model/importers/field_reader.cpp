#include "importers/field_reader.h"

#include "importers/import_context.h"
#include "io/csv_row.h"
#include "io/value_parsers.h"

#include <cmath>

namespace pvi {

namespace {

void appendDigits(QString& out, int value, int width) {
    char16_t digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    out.append(QStringView(digits, width));
}

/// "YYYY-MM-DDTHH:MM:SS" plus "+HH:MM" when the offset is known (built by hand: this runs for
/// every order of a large import).
QString isoText(const Timestamp& t) {
    QString out;
    out.reserve(25);
    appendDigits(out, t.date.year(), 4);
    out.append(u'-');
    appendDigits(out, t.date.month(), 2);
    out.append(u'-');
    appendDigits(out, t.date.day(), 2);
    out.append(u'T');
    const QTime time = t.time.isValid() ? t.time : QTime(0, 0);
    appendDigits(out, time.hour(), 2);
    out.append(u':');
    appendDigits(out, time.minute(), 2);
    out.append(u':');
    appendDigits(out, time.second(), 2);
    if (t.utcOffsetSeconds) {
        const int offset = *t.utcOffsetSeconds;
        const int minutes = std::abs(offset) / 60;
        out.append(offset < 0 ? u'-' : u'+');
        appendDigits(out, minutes / 60, 2);
        out.append(u':');
        appendDigits(out, minutes % 60, 2);
    }
    return out;
}

} // namespace

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
        value.isEmpty() ? QStringLiteral("%1 is empty; expected %2").arg(column.name, expected)
                        : QStringLiteral("%1 '%2' cannot be read; expected %3")
                              .arg(column.name, value, expected);
    if (need == Need::Required)
        m_context.error(m_row.line, column.index + 1, code, message);
    else
        m_context.warning(m_row.line, column.index + 1, code,
                          message + QStringLiteral(" (left empty)"));
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
            QStringLiteral("an amount such as 12.50"));
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
            QStringLiteral("a whole number such as 2"));
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
                QStringLiteral("a date and time such as 2025-03-20 05:20:57 -0700"));
        return std::nullopt;
    }
    ImportedTimestamp result;
    result.date = parsed->date;
    result.iso = isoText(*parsed);
    return result;
}

std::optional<bool> FieldReader::flag(const ColumnRef& column) const {
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const std::optional<bool> parsed = parseBool(value);
    if (!parsed)
        problem(column, Need::Optional, QStringLiteral("bad-flag"), value,
                QStringLiteral("yes or no"));
    return parsed;
}

} // namespace pvi
