#pragma once
// PVIs in words for the report: a tile's texts as the window writes them, the verdict sentence,
// and the executive summary's choice of the five PVIs that matter most.

#include "report/report_document.h"
#include "report/report_inputs.h"
#include "widgets/pvi_tile_data.h"

#include <QList>

namespace pvi::report {

/// The tile of a PVI: value, change, lift with its 95% interval; with `withVerdict`, the verdict.
ReportTile reportTile(const PviTileData& tile, bool withVerdict = false);

/// The verdict in words: what the personalized-vs-generic lift says (and whether it could be
/// chance), how the value moved since the comparison period, and the target's status.
QString verdictSentence(const PviTileData& tile, const AlertItem* targetAlert = nullptr);

/// The executive summary's rule (docs/report.md): each available PVI scores the largest of
/// 3 + |lift|/100 (lift capped at 100%) for a personalized-vs-generic lift with p < 0.05,
/// 2.5 for an off-track target and 1.5 for one on watch, and |change|/20 (at most 2) for its
/// change against the comparison period in percent (points for percentages); the five highest,
/// ties in PVI table order, one per comparison (a PVI whose lift and p-value repeat a chosen
/// one's, such as aov_uplift after average_order_value, is left out).
QList<const PviTileData*> summaryTiles(const ReportInputs& inputs, int count = 5);

/// The summary's three recommendations: scale what an experiment proved, test what a
/// self-selected comparison only suggests (with the sample the planner says it needs), watch
/// what is off target or anomalous.
QStringList recommendations(const ReportInputs& inputs);

/// The target alert of a tile (matched by the PVI's title), or null.
const AlertItem* targetAlertOf(const ReportInputs& inputs, const PviTileData& tile);

} // namespace pvi::report
