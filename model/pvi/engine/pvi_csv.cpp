#include "pvi/engine/pvi_csv.h"

#include "io/csv_writer.h"
#include "pvi/engine/pvi_json.h"
#include "pvi/engine/pvi_registry.h"

namespace pvi::csv {

namespace {

/// A number exactly as the JSON writes it, or an empty cell where the JSON has null.
QString numberCell(std::optional<double> value) {
    const QString text = json::number(value);
    return text == QLatin1String("null") ? QString() : text;
}

} // namespace

QString metrics(const Period& period, const Period& comparison,
                const std::vector<PviResult>& results) {
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("id"),
                        QStringLiteral("title"),
                        QStringLiteral("unit"),
                        QStringLiteral("available"),
                        QStringLiteral("value"),
                        QStringLiteral("n"),
                        QStringLiteral("personalized_value"),
                        QStringLiteral("personalized_n"),
                        QStringLiteral("control_value"),
                        QStringLiteral("control_n"),
                        QStringLiteral("lift_percent"),
                        QStringLiteral("lift_ci_95_low"),
                        QStringLiteral("lift_ci_95_high"),
                        QStringLiteral("p_value"),
                        QStringLiteral("value_ci_95_low"),
                        QStringLiteral("value_ci_95_high"),
                        QStringLiteral("previous_value"),
                        QStringLiteral("previous_n"),
                        QStringLiteral("period_from"),
                        QStringLiteral("period_to"),
                        QStringLiteral("comparison_from"),
                        QStringLiteral("comparison_to"),
                        QStringLiteral("reason"),
                        QStringLiteral("split_reason"),
                        QStringLiteral("summary")};
    for (const PviResult& r : results) {
        const PviDefinition* definition = PviRegistry::find(r.id);
        rows << QStringList{r.id,
                            definition ? definition->title : QString(),
                            definition ? pviUnitName(definition->unit) : QString(),
                            r.available ? QStringLiteral("true") : QStringLiteral("false"),
                            numberCell(r.value),
                            QString::number(r.n),
                            numberCell(r.personalized.value),
                            QString::number(r.personalized.n),
                            numberCell(r.control.value),
                            QString::number(r.control.n),
                            numberCell(r.liftPercent),
                            r.liftCi95 ? numberCell(r.liftCi95->first) : QString(),
                            r.liftCi95 ? numberCell(r.liftCi95->second) : QString(),
                            numberCell(r.pValue),
                            r.valueCi95 ? numberCell(r.valueCi95->first) : QString(),
                            r.valueCi95 ? numberCell(r.valueCi95->second) : QString(),
                            numberCell(r.previous.value),
                            QString::number(r.previous.n),
                            period.from.toString(Qt::ISODate),
                            period.to.toString(Qt::ISODate),
                            comparison.from.toString(Qt::ISODate),
                            comparison.to.toString(Qt::ISODate),
                            r.reason,
                            r.splitReason,
                            r.summary};
    }
    return document(rows);
}

} // namespace pvi::csv
