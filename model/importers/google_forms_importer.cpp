#include "importers/google_forms_importer.h"

namespace pvi {

GoogleFormsImporter::GoogleFormsImporter()
    : SurveyImporter(layout()) {}

const ImporterSpec& GoogleFormsImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("google-forms"),
        QStringLiteral("Google Forms responses"),
        QStringLiteral("Timestamp"),
        {{QStringLiteral("Timestamp"), QStringLiteral("Email Address")},
         {QStringLiteral("Timestamp")}},
        {{QStringLiteral("Timestamp")}},
        {QStringLiteral("Timestamp"), QStringLiteral("Email Address")},
        ImportRecords::SurveyResponses,
    };
    return spec;
}

SurveyLayout GoogleFormsImporter::layout() {
    return {QStringLiteral("google-forms"),
            {},
            {QStringLiteral("Timestamp")},
            false,
            {QStringLiteral("Email Address"), QStringLiteral("Email")},
            {QStringLiteral("Timestamp"), QStringLiteral("Email Address"), QStringLiteral("Score")},
            false};
}

} // namespace pvi
