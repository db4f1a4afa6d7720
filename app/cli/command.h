#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace pvi::cli {

/// Where a subcommand writes: results to out (stdout), messages to err (stderr).
struct Io {
    QTextStream& out;
    QTextStream& err;
};

/// A subcommand of `pvi`: its name, a one-line usage, and the function that runs it with the
/// arguments after the name. Returns the process exit code (0 on success).
struct Command {
    const char* name;
    const char* usage;
    std::function<int(const QStringList& args, Io& io)> run;
};

/// The table of subcommands, filled by CommandRegistration objects at start-up.
std::vector<Command>& commandTable();

/// Declare one at namespace scope in a subcommand's file to add it to the table.
struct CommandRegistration {
    explicit CommandRegistration(Command command) { commandTable().push_back(std::move(command)); }
};

} // namespace pvi::cli
