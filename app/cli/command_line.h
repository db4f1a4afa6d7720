#pragma once

#include <QCoreApplication>

namespace pvi::cli {

/// Runs the command line as every program of it does (`pvi`, and `pvi-report` for the report):
/// the application's names and locale, then --version, --help, or the subcommand its first
/// argument names, from the program's command table. Returns the process exit code.
int runCommandLine(QCoreApplication& app);

} // namespace pvi::cli
