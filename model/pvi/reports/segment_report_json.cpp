#include "pvi/reports/segment_report_json.h"

#include "pvi/engine/pvi_json.h"

#include <QStringList>

namespace pvi::json {

namespace {

/// {"value", "n", "personalized": {...}, "control": {...}}
QString figure(const SegmentValue& s) {
    return QStringLiteral("{\"value\": %1, \"n\": %2, \"personalized\": %3, \"control\": %4}")
        .arg(number(s.value), QString::number(s.n), group(s.personalized), group(s.control));
}

QString row(const SegmentReportRow& r) {
    QStringList fields;
    fields << QStringLiteral("\"id\": %1").arg(string(r.id));
    fields << QStringLiteral("\"name\": %1").arg(string(r.name));
    fields << QStringLiteral("\"customers_at_start\": %1").arg(r.membersAtStart);
    fields << QStringLiteral("\"growth_percent\": %1").arg(number(r.growthPercent));
    fields << QStringLiteral("\"customers\": %1").arg(figure(r.members));
    fields << QStringLiteral("\"retention_rate\": %1").arg(figure(r.retention));
    fields << QStringLiteral("\"repeat_purchase_rate\": %1").arg(figure(r.repeatPurchase));
    fields << QStringLiteral("\"revenue_per_customer\": %1").arg(figure(r.revenuePerCustomer));
    fields << QStringLiteral("\"average_order_value\": %1").arg(figure(r.averageOrderValue));
    fields << QStringLiteral("\"clv\": %1").arg(figure(r.clv));
    return QStringLiteral("    {") + fields.join(QStringLiteral(",\n     ")) + u'}';
}

} // namespace

QString segmentReport(const SegmentReport& report) {
    QStringList rows;
    for (const SegmentReportRow& r : report.rows)
        rows << row(r);
    const QString dimension = QStringLiteral("{\n  \"dimension\": {\"id\": %1, \"title\": %2},")
                                  .arg(string(report.dimensionId), string(report.dimensionTitle));
    return dimension +
           QStringLiteral("\n  \"period\": {\"from\": %1, \"to\": %2},\n  \"available\": %3,\n"
                          "  \"reason\": %4,\n  \"customers_at_start\": %5,\n"
                          "  \"customers_at_end\": %6,\n  \"growth_percent\": %7,\n"
                          "  \"split_reason\": %8,\n  \"segments\": [%9]\n}\n")
               .arg(date(report.period.from), date(report.period.to),
                    report.available ? QStringLiteral("true") : QStringLiteral("false"),
                    nullableString(report.reason), QString::number(report.customersAtStart),
                    QString::number(report.customersAtEnd), number(report.growthPercent),
                    nullableString(report.splitReason),
                    rows.isEmpty()
                        ? QString()
                        : u'\n' + rows.join(QStringLiteral(",\n")) + QStringLiteral("\n  "));
}

} // namespace pvi::json
