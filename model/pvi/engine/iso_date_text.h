#pragma once
// Dates as the workspace stores them (YYYY-MM-DD text), read without a QString: the order
// snapshot and the e-mail facts read hundreds of thousands of them per refresh.

#include <QDate>

#include <string_view>

namespace pvi {

/// Whether the text is a date written YYYY-MM-DD (ten ASCII characters, digits and two '-').
/// Such texts sort, as SQLite compares texts, in the order of their days.
bool isIsoDateText(std::string_view text);

/// The date of the text as QDate::fromString(text, Qt::ISODate) reads it; a YYYY-MM-DD text is
/// read as QDate(year, month, day), as Qt reads it, without making a QString of it.
QDate readIsoDate(std::string_view text);

} // namespace pvi
