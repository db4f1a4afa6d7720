#pragma once

#include "importers/experiment_csv_importer.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace pvi {

struct CsvRow;

/// Builds experiments from the rows of an experiment CSV, one row at a time, so the same rules
/// serve a whole-file read (importExperimentCsv) and the workspace import runner. Two layouts,
/// recognised by their header (names case-insensitive; spaces and dashes count as underscores):
/// - per visitor: `experiment, arm, visitor_id (or customer_id, unit), converted[, revenue]`;
/// - arm totals: `experiment, arm, visitors, conversions[, revenue_sum, revenue_sum_sq]`.
/// Optional in both: `is_control`, `planned_share`, `started_on`, `ended_on`.
class ExperimentRowReader {
public:
    /// Which of the two layouts a header has.
    enum class Layout { Unknown, PerVisitor, ArmTotals };

    /// The layout of a header row (per visitor wins when a header has both).
    static Layout layoutOf(const QStringList& header);
    /// What a header must hold, for messages about a file that is neither layout.
    static QString expectedColumns();

    /// Takes the header row; false when it is neither layout.
    bool begin(const QStringList& header);
    /// Reads one data row into its experiment and arm; the message when the row cannot be read.
    std::optional<QString> addRow(const CsvRow& row);
    /// The experiments read, in order of first appearance, with their control arms marked
    /// (is_control, else the arm named "control", else the first arm with a warning); errors
    /// for experiments with fewer than two arms or several controls. Row errors are not in it.
    ExperimentImport finish();

private:
    /// Column indices by role; -1 when absent.
    struct Columns {
        int experiment = -1, arm = -1, unit = -1, converted = -1, revenue = -1;
        int visitors = -1, conversions = -1, revenueSum = -1, revenueSumSq = -1;
        int isControl = -1, plannedShare = -1, startedOn = -1, endedOn = -1;

        bool perVisitor() const { return unit >= 0 && converted >= 0; }
        bool totals() const { return visitors >= 0 && conversions >= 0; }
    };
    static Columns findColumns(const QStringList& header);
    std::optional<QString> readCommon(const CsvRow& row, Experiment& e, ExperimentArm& arm) const;
    std::optional<QString> readUnit(const CsvRow& row, ExperimentArm& arm) const;
    std::optional<QString> readTotals(const CsvRow& row, ExperimentArm& arm) const;

    Columns m_columns;
    ExperimentImport m_result;
    std::map<QString, std::size_t> m_experimentIndex;
};

} // namespace pvi
