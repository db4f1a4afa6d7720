#include "io/csv_writer.h"

namespace pvi::csv {

QString field(const QString& text) {
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString line(const QStringList& fields) {
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << field(f);
    return out.join(u',') + QStringLiteral("\r\n");
}

QString document(const QList<QStringList>& rows) {
    QString out;
    for (const QStringList& row : rows)
        out += line(row);
    return out;
}

} // namespace pvi::csv
