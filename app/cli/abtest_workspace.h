#pragma once

#include "cli/command.h"

#include <QDate>

namespace pvi::cli {

/// What `pvi abtest WS.pvi ...` was asked to do.
struct WorkspaceAbtestOptions {
    QString workspacePath;
    QString experiment; ///< empty = all experiments
    QString importPath; ///< a per-visitor or arm-totals CSV to store first (empty = none)
    QDate asOf;         ///< experiments ended on or before count as concluded
    bool json = false;
};

/// `pvi abtest WS.pvi [--import FILE.csv] [--experiment NAME] [--as-of DATE]`: every stored
/// experiment (or the named one) compared arm by arm, with revenue per visitor (Welch,
/// Mann–Whitney) and the portfolio of concluded tests (adjusted p-values, win rate).
int runWorkspaceAbtest(const WorkspaceAbtestOptions& options, Io& io);

} // namespace pvi::cli
