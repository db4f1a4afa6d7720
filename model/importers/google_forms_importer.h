#pragma once

#include "importers/survey_importer.h"

namespace pvi {

/// A Google Forms responses download (Forms › Responses › Download, or the linked sheet as CSV):
/// `Timestamp` first (e.g. `2022/06/22 11:07:29 AM AST`, or the sheet's locale such as `22/02/2015
/// 13:09:25`, day or month first inferred from the column), `Email Address` when e-mails were
/// collected, then one column per question. See FORMATS.md §5.1.
class GoogleFormsImporter : public SurveyImporter {
public:
    GoogleFormsImporter();
    /// The declaration the registry detects files with.
    static const ImporterSpec& staticSpec();
    /// Where the platform puts respondent, time and email.
    static SurveyLayout layout();

    const ImporterSpec& spec() const override { return staticSpec(); }
};

} // namespace pvi
