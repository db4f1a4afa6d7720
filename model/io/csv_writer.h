#pragma once
// Comma-separated text as RFC 4180 writes it, for the files the app and `pvi` produce.

#include <QString>
#include <QStringList>

namespace pvi::csv {

/// One field: quoted (with its quotes doubled) when it holds a comma, a quote, a line break or
/// leading or trailing spaces; as it is otherwise.
QString field(const QString& text);

/// One record: the fields, comma-separated, ending with CRLF.
QString line(const QStringList& fields);

/// Every record of `rows`, the first being the header.
QString document(const QList<QStringList>& rows);

} // namespace pvi::csv
