#pragma once

#include "importers/survey_importer.h"

namespace pvi {

/// A SurveyMonkey export with its two-row header: row 1 the question text over the first column of
/// each question (`Respondent ID` or, in older exports, `RespondentID` first), row 2 `Response`,
/// `Open-Ended Response` or the option / sub-question label of check-box and matrix columns.
/// Columns are named "question | label". Files that are not valid UTF-8 are read as Windows-1252.
/// See FORMATS.md §5.2.
class SurveyMonkeyImporter : public SurveyImporter {
public:
    SurveyMonkeyImporter();
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();
    /// Where the platform puts respondent, time and email.
    static SurveyLayout layout();

    const ImporterSpec& spec() const override { return staticSpec(); }
};

} // namespace pvi
