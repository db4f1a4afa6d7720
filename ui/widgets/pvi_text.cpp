#include "widgets/pvi_text.h"

#include "pvi/engine/pvi_catalogue.h"
#include "pvi/engine/pvi_registry.h"
#include "pvi/engine/pvi_table.h"

#include <QCoreApplication>

namespace pvi {

namespace {

/// One text of the table in the application's language ("" stays "").
QString pviText(const char* english) {
    return *english == '\0' ? QString() : QCoreApplication::translate("PviText", english);
}

} // namespace

PviDefinition translated(const PviDefinition& definition) {
    const PviRow* row = PviRegistry::findRow(definition.id);
    if (row == nullptr)
        return definition;
    PviDefinition text = definition;
    text.title = pviText(row->title);
    text.explanation = pviText(row->explanation) + pviText(row->explanationNote);
    text.formula = pviText(row->formula) + pviText(row->formulaNote);
    text.dataNeeded = pviText(row->dataNeeded);
    return text;
}

QString translatedFamilyTitle(PviFamily family) {
    return QCoreApplication::translate("PviText", pviFamilyTitle(family).toUtf8().constData());
}

QString translatedPviCatalogueMarkdown() {
    PviCatalogueLanguage language;
    language.definition = [](const PviDefinition& d) { return translated(d); };
    language.familyTitle = &translatedFamilyTitle;
    language.text = [](const char* english) {
        return QCoreApplication::translate("PviCatalogue", english);
    };
    return pviCatalogueMarkdown(language);
}

} // namespace pvi
