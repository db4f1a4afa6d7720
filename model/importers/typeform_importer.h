#pragma once

#include "importers/survey_importer.h"

namespace pvi {

/// A Typeform responses export: `#` (the response token) first, one column per question, then
/// `Start Date (UTC)`, `Submit Date (UTC)`, `Network ID` (newer exports add `Response Type`, `Stage
/// Date (UTC)`, `Tags`, `Ending`). Times are UTC. See FORMATS.md §5.3.
class TypeformImporter : public SurveyImporter {
public:
    TypeformImporter();
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();
    /// Where the platform puts respondent, time and email.
    static SurveyLayout layout();

    const ImporterSpec& spec() const override { return staticSpec(); }
};

} // namespace pvi
