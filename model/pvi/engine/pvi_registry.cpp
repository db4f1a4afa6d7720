#include "pvi/engine/pvi_registry.h"

#include "pvi/engine/pvi_table.h"

#include <algorithm>

namespace pvi {

namespace {

/// Every row of the table, in display order: the families one after the other.
const std::vector<const PviRow*>& allRows() {
    static const std::vector<const PviRow*> rows = [] {
        const std::span<const PviRow> families[] = {
            orderPviRows(),      emailPviRows(),      surveyPviRows(),     webPviRows(),
            costPviRows(),       predictivePviRows(), experimentPviRows(), monitoringPviRows(),
            engagementPviRows(), fairnessPviRows(),   effectPviRows(),     targetPviRows()};
        std::vector<const PviRow*> all;
        for (const std::span<const PviRow> family : families) {
            for (const PviRow& row : family)
                all.push_back(&row);
        }
        return all;
    }();
    return rows;
}

std::vector<PviDefinition> buildDefinitions() {
    std::vector<PviDefinition> definitions;
    for (const PviRow* row : allRows())
        definitions.push_back(pviDefinitionOf(*row));
    return definitions;
}

} // namespace

QString pviUnitName(PviUnit unit) {
    switch (unit) {
    case PviUnit::Currency:
        return QStringLiteral("currency");
    case PviUnit::Percent:
        return QStringLiteral("percent");
    case PviUnit::Ratio:
        return QStringLiteral("ratio");
    case PviUnit::Count:
        return QStringLiteral("count");
    case PviUnit::OrdersPerYear:
        return QStringLiteral("orders_per_year");
    case PviUnit::Years:
        return QStringLiteral("years");
    case PviUnit::Months:
        return QStringLiteral("months");
    case PviUnit::Seconds:
        return QStringLiteral("seconds");
    case PviUnit::Points:
        return QStringLiteral("points");
    case PviUnit::Score:
        return QStringLiteral("score");
    }
    return QStringLiteral("ratio");
}

QString pviFamilyTitle(PviFamily family) {
    switch (family) {
    case PviFamily::Orders:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Orders"));
    case PviFamily::Email:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Email"));
    case PviFamily::Surveys:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Surveys"));
    case PviFamily::Web:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Web analytics"));
    case PviFamily::Costs:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Costs and return"));
    case PviFamily::Predictive:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Predictive"));
    case PviFamily::Experiments:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Experiments"));
    case PviFamily::Monitoring:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Monitoring"));
    case PviFamily::Engagement:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Engagement"));
    case PviFamily::Fairness:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Fairness"));
    case PviFamily::Targets:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Targets"));
    case PviFamily::Effect:
        return QStringLiteral(QT_TRANSLATE_NOOP("PviText", "Effect adjusted for selection"));
    }
    return QString();
}

PviDefinition pviDefinitionOf(const PviRow& row) {
    return {QString::fromUtf8(row.id),
            QString::fromUtf8(row.title),
            row.unit,
            QString::fromUtf8(row.explanation) + QString::fromUtf8(row.explanationNote),
            QString::fromUtf8(row.formula) + QString::fromUtf8(row.formulaNote),
            QString::fromUtf8(row.dataNeeded),
            row.direction,
            row.family,
            row.hasSeries};
}

const std::vector<PviDefinition>& PviRegistry::definitions() {
    static const std::vector<PviDefinition> definitions = buildDefinitions();
    return definitions;
}

const PviDefinition* PviRegistry::find(const QString& id) {
    const auto& all = definitions();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const PviDefinition& d) { return d.id == id; });
    return it == all.end() ? nullptr : &*it;
}

const PviRow* PviRegistry::findRow(const QString& id) {
    const auto& all = allRows();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const PviRow* row) { return id == QLatin1String(row->id); });
    return it == all.end() ? nullptr : *it;
}

} // namespace pvi
