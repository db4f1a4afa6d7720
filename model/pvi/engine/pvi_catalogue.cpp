#include "pvi/engine/pvi_catalogue.h"

#include "pvi/engine/pvi_registry.h"

#include <optional>

namespace pvi {

namespace {

QString directionText(PviDefinition::Direction direction) {
    switch (direction) {
    case PviDefinition::Direction::HigherIsBetter:
        return QStringLiteral("higher is better");
    case PviDefinition::Direction::LowerIsBetter:
        return QStringLiteral("lower is better");
    case PviDefinition::Direction::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

QString entry(const PviDefinition& d) {
    QString text = QStringLiteral("### %1 (`%2`)\n\n").arg(d.title, d.id);
    text += QStringLiteral("- Unit: `%1`\n").arg(pviUnitName(d.unit));
    text += QStringLiteral("- Direction: %1\n").arg(directionText(d.direction));
    text += QStringLiteral("- Series and sparkline: %1\n")
                .arg(d.hasSeries ? QStringLiteral("yes") : QStringLiteral("no"));
    text += QStringLiteral("- Data needed: %1\n\n").arg(d.dataNeeded);
    text += d.explanation + QStringLiteral("\n\n");
    text += QStringLiteral("Formula: ") + d.formula + QStringLiteral("\n");
    return text;
}

} // namespace

QString pviCatalogueMarkdown() {
    QString text = QStringLiteral(
        "# PVI catalogue\n\n"
        "<!-- Generated from the PVI table (model/pvi/engine/pvi_table.h): run `make catalogue` "
        "after "
        "changing it. Do not edit by hand; tests/pvi/test_pvi_catalogue.cpp fails while this file "
        "differs from the table. -->\n\n"
        "Every personalization value indicator (PVI) that PVI Studio computes, in the order of "
        "`pvi metrics` and the Overview, grouped by family. The id and the unit are those of "
        "`pvi metrics --json`.\n");
    std::optional<PviFamily> family;
    for (const PviDefinition& d : PviRegistry::definitions()) {
        if (family != d.family) {
            family = d.family;
            text += QStringLiteral("\n## %1\n").arg(pviFamilyTitle(d.family));
        }
        text += u'\n' + entry(d);
    }
    return text;
}

} // namespace pvi
