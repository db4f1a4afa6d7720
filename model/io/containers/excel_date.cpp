#include "io/containers/excel_date.h"

#include <QDate>
#include <QTime>

#include <cmath>

namespace pvi {

namespace {

/// The format code without quoted text, bracketed sections and escaped characters.
QString formatLetters(const QString& code) {
    QString letters;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
        } else if (bracket) {
            bracket = c != u']';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is shown as is (or is padding)
        } else {
            letters.append(c.toLower());
        }
    }
    return letters;
}

} // namespace

ExcelDateKind excelDateKind(int numFmtId, const QString& formatCode) {
    if (numFmtId >= 14 && numFmtId <= 17)
        return ExcelDateKind::Date;
    if (numFmtId == 22)
        return ExcelDateKind::DateTime;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return ExcelDateKind::Time;
    if (numFmtId < 164 || formatCode.isEmpty())
        return ExcelDateKind::NotDate;
    const QString letters = formatLetters(formatCode.section(u';', 0, 0));
    const bool date = letters.contains(u'y') || letters.contains(u'd');
    const bool time = letters.contains(u'h') || letters.contains(u's');
    if (date && time)
        return ExcelDateKind::DateTime;
    if (date)
        return ExcelDateKind::Date;
    if (time)
        return ExcelDateKind::Time; // an m next to h or s is minutes
    return letters.contains(u'm') ? ExcelDateKind::Date : ExcelDateKind::NotDate;
}

QString excelSerialToText(double serial, bool date1904, ExcelDateKind kind) {
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.0 ||
        kind == ExcelDateKind::NotDate)
        return {};
    auto totalSeconds = static_cast<qint64>(std::llround(serial * 86400.0));
    qint64 days = totalSeconds / 86400;
    const qint64 seconds = totalSeconds % 86400;
    const QTime time = QTime(0, 0).addSecs(static_cast<int>(seconds));
    if (kind == ExcelDateKind::Time && days == 0)
        return time.toString(QStringLiteral("HH:mm:ss"));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else if (days >= 1)
        date = QDate(1899, 12, 31).addDays(days == 60 ? 59 : days);
    else
        date = QDate(1899, 12, 31); // serial 0 shows as 1900-01-00; the day before is closest
    const bool withTime = kind != ExcelDateKind::Date || seconds != 0;
    return withTime ? date.toString(QStringLiteral("yyyy-MM-dd ")) +
                          time.toString(QStringLiteral("HH:mm:ss"))
                    : date.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace pvi
