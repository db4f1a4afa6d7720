#include "pdf_tools.h"

#include <QProcess>

namespace pvi::test {

namespace {

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList tableRows(const QString& output) {
    QStringList rows = output.split(u'\n', Qt::SkipEmptyParts);
    return rows.mid(2);
}

} // namespace

QString pdfText(const QString& pdf, int page) {
    QStringList arguments{QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

QString pdfInfo(const QString& pdf, const QString& key) {
    for (const QString& line : run(QStringLiteral("pdfinfo"), {pdf}).split(u'\n')) {
        if (line.startsWith(key + u':'))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

QStringList pdfFontRows(const QString& pdf) {
    return tableRows(run(QStringLiteral("pdffonts"), {pdf}));
}

QStringList pdfImageRows(const QString& pdf) {
    return tableRows(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}));
}

} // namespace pvi::test
