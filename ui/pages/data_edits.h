#pragma once

#include "importers/survey_question_marks.h"
#include "pages/data_page_data.h"

#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>

namespace pvi::dataedit {

// The Data page's changes to the workspace at a path, each through its own connection (safe on
// a worker thread) and the model's API. None throws; a refused change leaves the workspace as it
// was and says why.

// A removal first copies the workspace's data aside (DataEditResult::undoCopy) so that it can be
// undone with restoreWorkspaceData(); whoever keeps the copy deletes it with removeUndoCopy().

/// Deletes a removal's copy (and the files SQLite may have made beside it).
void removeUndoCopy(const QString& copyPath);
/// Removes an import batch and everything it brought.
DataEditResult removeBatch(const QString& workspacePath, std::int64_t batchId);
/// Stores a personalization rule (kind id and pattern).
DataEditResult addRule(const QString& workspacePath, const QString& kind, const QString& pattern);
/// Deletes a personalization rule.
DataEditResult removeRule(const QString& workspacePath, qint64 ruleId);
/// Saves (adds or replaces) a named segment rule after parsing it.
DataEditResult saveSegmentRule(const QString& workspacePath, const QString& name,
                               const QString& rule);
/// Deletes a named segment rule.
DataEditResult removeSegmentRule(const QString& workspacePath, const QString& name);
/// Marks or unmarks a survey question (ethics, segment); the message names its use afterwards and
/// any note (e.g. that the survey file must be imported again).
DataEditResult markSurveyQuestion(const QString& workspacePath, const QString& question,
                                  const SurveyQuestionMark& mark);
/// Stores a cost row entered by hand.
DataEditResult addCost(const QString& workspacePath, const CostRow& row);
/// Deletes a cost row.
DataEditResult removeCost(const QString& workspacePath, std::int64_t costId);
/// Stores (adds or replaces) a PVI's target.
DataEditResult saveTarget(const QString& workspacePath, const StoredTarget& target);
/// Deletes a PVI's target.
DataEditResult removeTarget(const QString& workspacePath, const QString& pviId);
/// Stores settings (key, value); every value is checked before any is written.
DataEditResult writeSettings(const QString& workspacePath,
                             const QList<QPair<QString, QString>>& values);

} // namespace pvi::dataedit
