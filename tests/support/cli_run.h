#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pvi::test {

/// What a command-line run printed and how it ended.
struct CliRun {
    int exitCode = -1; ///< -1 when the program crashed or did not finish in time
    QByteArray out;
    QByteArray err;
};

/// Runs `program` with `arguments` (as a user would, through QProcess) and waits up to
/// `timeoutMs` for it to finish.
CliRun runCli(const QString& program, const QStringList& arguments, int timeoutMs = 120000);

#ifdef PVI_CLI_PATH
/// Runs this build's `pvi` (in the test executables built with RUNS_CLI).
inline CliRun runPvi(const QStringList& arguments) {
    return runCli(QStringLiteral(PVI_CLI_PATH), arguments);
}
#endif

} // namespace pvi::test
