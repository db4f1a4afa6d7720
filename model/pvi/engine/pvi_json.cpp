#include "pvi/engine/pvi_json.h"

#include "pvi/engine/pvi_registry.h"

#include <QStringList>

#include <cmath>

namespace pvi::json {

QString number(std::optional<double> value) {
    if (!value || !std::isfinite(*value))
        return QStringLiteral("null");
    return QString::number(*value, 'g', 17);
}

QString string(const QString& text) {
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString date(const QDate& day) {
    return day.isValid() ? string(day.toString(Qt::ISODate)) : QStringLiteral("null");
}

QString group(const GroupValue& g) {
    return QStringLiteral("{\"value\": %1, \"n\": %2}").arg(number(g.value)).arg(g.n);
}

QString nullableString(const QString& text) {
    return text.isEmpty() ? QStringLiteral("null") : string(text);
}

namespace {

QString period(const Period& p) {
    return QStringLiteral("{\"from\": %1, \"to\": %2}").arg(date(p.from), date(p.to));
}

QString segment(const SegmentValue& s) {
    return QStringLiteral("{\"id\": %1, \"name\": %2, \"value\": %3, \"n\": %4, "
                          "\"personalized\": %5, \"control\": %6}")
        .arg(string(s.id), string(s.name), number(s.value), QString::number(s.n),
             group(s.personalized), group(s.control));
}

QString interval(const std::optional<std::pair<double, double>>& ci) {
    return ci ? QStringLiteral("[%1, %2]").arg(number(ci->first), number(ci->second))
              : QStringLiteral("null");
}

QString result(const PviResult& r) {
    const PviDefinition* definition = PviRegistry::find(r.id);
    QStringList fields;
    fields << QStringLiteral("\"id\": %1").arg(string(r.id));
    fields << QStringLiteral("\"value\": %1").arg(number(r.value));
    fields << QStringLiteral("\"n\": %1").arg(r.n);
    fields << QStringLiteral("\"unit\": %1")
                  .arg(definition ? string(pviUnitName(definition->unit)) : QStringLiteral("null"));
    fields << QStringLiteral("\"available\": %1")
                  .arg(r.available ? QStringLiteral("true") : QStringLiteral("false"));
    fields << QStringLiteral("\"reason\": %1").arg(nullableString(r.reason));
    fields << QStringLiteral("\"personalized\": %1").arg(group(r.personalized));
    fields << QStringLiteral("\"control\": %1").arg(group(r.control));
    fields << QStringLiteral("\"lift_percent\": %1").arg(number(r.liftPercent));
    fields << QStringLiteral("\"lift_ci_95\": %1").arg(interval(r.liftCi95));
    fields << QStringLiteral("\"p_value\": %1").arg(number(r.pValue));
    fields << QStringLiteral("\"previous\": %1").arg(group(r.previous));
    fields << QStringLiteral("\"split_reason\": %1").arg(nullableString(r.splitReason));
    // Only the PVIs that are estimates with an interval and a sentence carry these.
    if (r.valueCi95)
        fields << QStringLiteral("\"value_ci_95\": %1").arg(interval(r.valueCi95));
    if (!r.summary.isEmpty())
        fields << QStringLiteral("\"summary\": %1").arg(string(r.summary));
    if (!r.segments.empty()) {
        QStringList rows;
        for (const SegmentValue& s : r.segments)
            rows << segment(s);
        fields << QStringLiteral("\"segments\": [\n      %1\n    ]")
                      .arg(rows.join(QStringLiteral(",\n      ")));
    }
    return QStringLiteral("    {") + fields.join(QStringLiteral(", ")) + u'}';
}

QString numbers(const std::vector<double>& values) {
    QStringList parts;
    for (const double v : values)
        parts << number(v);
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

QString cohortRows(const std::vector<CohortRow>& rows) {
    QStringList parts;
    for (const CohortRow& row : rows) {
        parts << QStringLiteral("    {\"month\": %1, \"customers\": %2, \"active_percent\": %3, "
                                "\"orders_per_customer\": %4, \"revenue_per_customer\": %5}")
                     .arg(string(row.month.toString(QStringLiteral("yyyy-MM"))),
                          QString::number(row.customers), numbers(row.activePercent),
                          numbers(row.ordersPerCustomer), numbers(row.revenuePerCustomer));
    }
    if (parts.isEmpty())
        return QStringLiteral("[]");
    return QStringLiteral("[\n") + parts.join(QStringLiteral(",\n")) + QStringLiteral("\n  ]");
}

} // namespace

QString metrics(const Period& p, const Period& comparison, const std::vector<PviResult>& results) {
    QStringList items;
    for (const PviResult& r : results)
        items << result(r);
    return QStringLiteral(
               "{\n  \"period\": %1,\n  \"comparison\": %2,\n  \"pvis\": [\n%3\n  ]\n}\n")
        .arg(period(p), period(comparison), items.join(QStringLiteral(",\n")));
}

QString cohorts(const CohortMatrix& matrix) {
    return QStringLiteral("{\n  \"as_of\": %1,\n  \"all\": %2,\n  \"personalized\": %3,\n"
                          "  \"generic\": %4\n}\n")
        .arg(date(matrix.asOf), cohortRows(matrix.all), cohortRows(matrix.personalized),
             cohortRows(matrix.generic));
}

QString rules(const std::vector<PersonalizationRule>& list) {
    QStringList parts;
    for (const PersonalizationRule& rule : list) {
        parts << QStringLiteral("  {\"id\": %1, \"kind\": %2, \"pattern\": %3, \"created_at\": %4}")
                     .arg(QString::number(rule.id), string(rule.kind), string(rule.pattern),
                          string(rule.createdAt));
    }
    if (parts.isEmpty())
        return QStringLiteral("[]\n");
    return QStringLiteral("[\n") + parts.join(QStringLiteral(",\n")) + QStringLiteral("\n]\n");
}

} // namespace pvi::json
