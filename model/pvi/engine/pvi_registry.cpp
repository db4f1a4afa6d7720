#include "pvi/engine/pvi_registry.h"

#include "pvi/engine/pvi_table.h"

#include <algorithm>

namespace pvi {

namespace {

std::vector<PviDefinition> buildDefinitions() {
    // Display order: the families one after the other.
    const std::span<const PviRow> families[] = {
        orderPviRows(),      emailPviRows(),      surveyPviRows(),     webPviRows(),
        costPviRows(),       predictivePviRows(), experimentPviRows(), monitoringPviRows(),
        engagementPviRows(), fairnessPviRows(),   effectPviRows(),     targetPviRows()};
    std::vector<PviDefinition> definitions;
    for (const std::span<const PviRow> rows : families) {
        for (const PviRow& row : rows)
            definitions.push_back(pviDefinitionOf(row));
    }
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
        return QStringLiteral("Orders");
    case PviFamily::Email:
        return QStringLiteral("Email");
    case PviFamily::Surveys:
        return QStringLiteral("Surveys");
    case PviFamily::Web:
        return QStringLiteral("Web analytics");
    case PviFamily::Costs:
        return QStringLiteral("Costs and return");
    case PviFamily::Predictive:
        return QStringLiteral("Predictive");
    case PviFamily::Experiments:
        return QStringLiteral("Experiments");
    case PviFamily::Monitoring:
        return QStringLiteral("Monitoring");
    case PviFamily::Engagement:
        return QStringLiteral("Engagement");
    case PviFamily::Fairness:
        return QStringLiteral("Fairness");
    case PviFamily::Targets:
        return QStringLiteral("Targets");
    case PviFamily::Effect:
        return QStringLiteral("Effect adjusted for selection");
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

} // namespace pvi
