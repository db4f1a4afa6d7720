#include "cli/command.h"

namespace pvi::cli {

std::vector<Command>& commandTable() {
    static std::vector<Command> table;
    return table;
}

} // namespace pvi::cli
