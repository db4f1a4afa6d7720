#pragma once

#include "analytics/costs/cost_store.h"
#include "analytics/targets/target_status.h"
#include "analytics/targets/target_store.h"
#include "importers/import_batches.h"
#include "importers/survey_question_list.h"
#include "pvi/engine/personalization_rules.h"
#include "pvi/engine/pvi_definition.h"
#include "pvi/engine/workspace_settings.h"
#include "pvi/segments/segment_rules_store.h"

#include <QString>

#include <optional>
#include <vector>

namespace pvi {

/// A stored PVI target with what the Data page shows next to it: the PVI's title, unit and
/// direction, its current value (default period) and the resulting status.
struct DataTargetRow {
    StoredTarget target;
    QString title;
    QString unit;
    PviDefinition::Direction direction = PviDefinition::Direction::HigherIsBetter;
    std::optional<double> value;
    TargetAssessment assessment;
};

/// Everything the Data page lists: import batches, personalization rules, segment rules, survey
/// questions, cost rows, targets and settings.
struct DataPageData {
    std::vector<ImportBatchInfo> batches;
    std::vector<PersonalizationRule> rules;
    std::vector<SavedSegmentRule> segmentRules;
    std::vector<SurveyQuestionUse> surveyQuestions;
    std::vector<CostRow> costs;
    std::vector<DataTargetRow> targets;
    std::vector<SettingValue> settings;
    QString error; ///< why nothing could be read
    /// Why the workspace cannot be changed (it was opened read-only); empty when it can.
    QString readOnlyReason;
};

/// What a change made on the Data page did: ok, or the message saying why nothing was changed.
struct DataEditResult {
    bool ok = false;
    QString message;  ///< what was done (ok) or why not
    QString undoCopy; ///< a removal's copy of the data before it, to undo it (empty: none)
};

} // namespace pvi
