#include "pvi/engine/pvi_catalogue.h"

#include "pvi/engine/pvi_registry.h"

#include <optional>

namespace pvi {

namespace {

/// The catalogue's words in the language (the English of the source when it has none).
QString word(const PviCatalogueLanguage& language, const char* english) {
    return language.text ? language.text(english) : QString::fromUtf8(english);
}

QString directionText(const PviCatalogueLanguage& language, PviDefinition::Direction direction) {
    switch (direction) {
    case PviDefinition::Direction::HigherIsBetter:
        return word(language, QT_TRANSLATE_NOOP("PviCatalogue", "higher is better"));
    case PviDefinition::Direction::LowerIsBetter:
        return word(language, QT_TRANSLATE_NOOP("PviCatalogue", "lower is better"));
    case PviDefinition::Direction::Neutral:
        break;
    }
    return word(language, QT_TRANSLATE_NOOP("PviCatalogue", "neutral"));
}

QString entry(const PviCatalogueLanguage& language, const PviDefinition& d) {
    QString text = QStringLiteral("### %1 (`%2`)\n\n").arg(d.title, d.id);
    text +=
        word(language, QT_TRANSLATE_NOOP("PviCatalogue", "- Unit: `%1`")).arg(pviUnitName(d.unit)) +
        u'\n';
    text += word(language, QT_TRANSLATE_NOOP("PviCatalogue", "- Direction: %1"))
                .arg(directionText(language, d.direction)) +
            u'\n';
    text += word(language, QT_TRANSLATE_NOOP("PviCatalogue", "- Series and sparkline: %1"))
                .arg(d.hasSeries ? word(language, QT_TRANSLATE_NOOP("PviCatalogue", "yes"))
                                 : word(language, QT_TRANSLATE_NOOP("PviCatalogue", "no"))) +
            u'\n';
    text +=
        word(language, QT_TRANSLATE_NOOP("PviCatalogue", "- Data needed: %1")).arg(d.dataNeeded) +
        QStringLiteral("\n\n");
    text += d.explanation + QStringLiteral("\n\n");
    text += word(language, QT_TRANSLATE_NOOP("PviCatalogue", "Formula: %1")).arg(d.formula) + u'\n';
    return text;
}

} // namespace

QString pviCatalogueMarkdown(const PviCatalogueLanguage& language) {
    QString text =
        word(language, QT_TRANSLATE_NOOP("PviCatalogue", "# PVI catalogue")) +
        QStringLiteral(
            "\n\n"
            "<!-- Generated from the PVI table (model/pvi/engine/pvi_table.h): run `make "
            "catalogue` after changing it. Do not edit by hand; tests/pvi/test_pvi_catalogue.cpp "
            "fails while this file differs from the table. -->\n\n") +
        word(language, QT_TRANSLATE_NOOP(
                           "PviCatalogue",
                           "Every personalization value indicator (PVI) that PVI Studio "
                           "computes, in the order of `pvi metrics` and the Overview, grouped "
                           "by family. The id and the unit are those of `pvi metrics --json`.")) +
        u'\n';
    std::optional<PviFamily> family;
    for (const PviDefinition& source : PviRegistry::definitions()) {
        const PviDefinition d = language.definition ? language.definition(source) : source;
        if (family != d.family) {
            family = d.family;
            text += QStringLiteral("\n## %1\n")
                        .arg(language.familyTitle ? language.familyTitle(d.family)
                                                  : pviFamilyTitle(d.family));
        }
        text += u'\n' + entry(language, d);
    }
    return text;
}

} // namespace pvi
