#include "clv_test_data.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace pvi::test {

std::vector<CustomerSummary> readSummaryCsv(const QString& path) {
    QFile file(path);
    std::vector<CustomerSummary> rows;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
    const bool hasZbar = header.size() >= 5;
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (f.size() < 4)
            continue;
        CustomerSummary s;
        s.id = f[0];
        s.x = static_cast<int>(f[1].toDouble());
        s.tx = f[2].toDouble();
        s.T = f[3].toDouble();
        s.zbar = hasZbar ? f[4].toDouble() : 0.0;
        rows.push_back(s);
    }
    return rows;
}

std::vector<PurchaseRecord> readCdnowTransactions(const QString& path) {
    QFile file(path);
    std::vector<PurchaseRecord> rows;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    while (!file.atEnd()) {
        const QStringList f =
            QString::fromUtf8(file.readLine()).trimmed().split(space, Qt::SkipEmptyParts);
        if (f.size() < 5)
            continue;
        rows.push_back({QString::number(f[1].toInt()),
                        QDate::fromString(f[2], QStringLiteral("yyyyMMdd")), f[4].toDouble()});
    }
    return rows;
}

} // namespace pvi::test
