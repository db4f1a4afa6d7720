#include "importers/web_report_layout.h"

#include <QFile>
#include <QRegularExpression>

namespace pvi {

namespace {

QDate compactDate(QStringView text) {
    return QDate::fromString(text.trimmed().toString(), QStringLiteral("yyyyMMdd"));
}

} // namespace

bool WebReportLayout::startsWithComment(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray start = file.read(4);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    return start.startsWith('#') && !start.startsWith("#,"); // "#," opens a Typeform header
}

WebReportLayout WebReportLayout::read(const QString& path) {
    WebReportLayout layout;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return layout;
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');
    static const QRegularExpression uaRange(QStringLiteral("^#\\s*(\\d{8})-(\\d{8})\\s*$"));
    enum class State { Comments, Table, Between };
    State state = State::Comments;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const qint64 number = i + 1;
        const bool comment = line.startsWith(u'#');
        const bool blank = line.trimmed().isEmpty();
        if (state == State::Comments) {
            if (comment) {
                const QString body = line.mid(1).trimmed();
                if (body.startsWith(QStringLiteral("Start date:")))
                    layout.from = compactDate(QStringView(body).mid(11));
                else if (body.startsWith(QStringLiteral("End date:")))
                    layout.to = compactDate(QStringView(body).mid(9));
                else if (const auto m = uaRange.match(line); m.hasMatch()) {
                    layout.from = compactDate(m.capturedView(1));
                    layout.to = compactDate(m.capturedView(2));
                }
            } else if (!blank) {
                layout.headerLine = layout.lastTableLine = number;
                state = State::Table;
            }
        } else if (state == State::Table) {
            if (comment || blank)
                state = State::Between;
            else
                layout.lastTableLine = number;
        } else if (!comment && !blank) {
            layout.otherTables.append(line.trimmed());
            // The rest of that table's rows follow until the next blank or comment line.
            while (i + 1 < lines.size() && !lines.at(i + 1).startsWith(u'#') &&
                   !lines.at(i + 1).trimmed().isEmpty())
                ++i;
        }
    }
    return layout;
}

} // namespace pvi
