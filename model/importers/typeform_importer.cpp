#include "importers/typeform_importer.h"

namespace pvi {

TypeformImporter::TypeformImporter()
    : SurveyImporter(layout()) {}

const ImporterSpec& TypeformImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("typeform"),
        QStringLiteral("Typeform responses"),
        QStringLiteral("#"),
        {{QStringLiteral("#"), QStringLiteral("Start Date (UTC)"),
          QStringLiteral("Submit Date (UTC)"), QStringLiteral("Network ID")}},
        {{QStringLiteral("#")},
         {QStringLiteral("Submit Date (UTC)"), QStringLiteral("Start Date (UTC)")}},
        {QStringLiteral("#"), QStringLiteral("Submit Date (UTC)"), QStringLiteral("Network ID")},
        ImportRecords::SurveyResponses,
    };
    return spec;
}

SurveyLayout TypeformImporter::layout() {
    return {QStringLiteral("typeform"),
            {QStringLiteral("#")},
            {QStringLiteral("Submit Date (UTC)"), QStringLiteral("Start Date (UTC)")},
            true,
            {QStringLiteral("Email Address"), QStringLiteral("Email"),
             QStringLiteral("What's your email?"), QStringLiteral("What is your email address?")},
            {QStringLiteral("Response Type"), QStringLiteral("Start Date (UTC)"),
             QStringLiteral("Stage Date (UTC)"), QStringLiteral("Submit Date (UTC)"),
             QStringLiteral("Network ID"), QStringLiteral("Tags"), QStringLiteral("Ending")},
            false};
}

} // namespace pvi
