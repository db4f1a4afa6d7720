#pragma once
// pvi segments define / list / remove: the user's named segment rules. See docs/cli.md.

#include "cli/command.h"

namespace pvi::cli {

/// Whether `word` is one of the rule subcommands (define, list, remove).
bool isSegmentRuleSubcommand(const QString& word);
/// Runs `pvi segments SUBCOMMAND WS.pvi ...` with the arguments after "segments".
int runSegmentRuleCommand(QStringList args, Io& io);

} // namespace pvi::cli
