#include "importers/surveymonkey_importer.h"

namespace pvi {

SurveyMonkeyImporter::SurveyMonkeyImporter()
    : SurveyImporter(layout()) {}

const ImporterSpec& SurveyMonkeyImporter::staticSpec() {
    static const ImporterSpec spec{
        QStringLiteral("surveymonkey"),
        QStringLiteral("SurveyMonkey export"),
        QString(),
        {{QStringLiteral("Respondent ID"), QStringLiteral("Collector ID")},
         {QStringLiteral("RespondentID")}},
        {{QStringLiteral("Respondent ID"), QStringLiteral("RespondentID")}},
        {QStringLiteral("Respondent ID"), QStringLiteral("Collector ID")},
        ImportRecords::SurveyResponses,
    };
    return spec;
}

SurveyLayout SurveyMonkeyImporter::layout() {
    return {QStringLiteral("surveymonkey"),
            {QStringLiteral("Respondent ID"), QStringLiteral("RespondentID")},
            {QStringLiteral("End Date"), QStringLiteral("Start Date")},
            false,
            {QStringLiteral("Email Address")},
            {QStringLiteral("Collector ID"), QStringLiteral("Start Date"),
             QStringLiteral("End Date"), QStringLiteral("IP Address"), QStringLiteral("First Name"),
             QStringLiteral("Last Name")},
            true};
}

} // namespace pvi
