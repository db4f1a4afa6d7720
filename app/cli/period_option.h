#pragma once

#include "cli/command.h"
#include "pvi/engine/pvi_result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pvi::cli {

/// A period given on the command line as `--from YYYY-MM-DD --to YYYY-MM-DD`.
struct PeriodOption {
    QString from; ///< as typed; empty when not given
    QString to;   ///< as typed; empty when not given

    /// When `option` is --from or --to and a value follows in `rest`, takes that value and says
    /// true; otherwise leaves both alone and says false.
    bool take(const QString& option, QStringList& rest);
    /// The period asked for, or `fallback` when neither date was given; none (with a message on
    /// io.err that starts with "pvi <command>:") when the two are not dates with from <= to.
    std::optional<Period> resolve(const Period& fallback, const char* command, Io& io) const;
};

} // namespace pvi::cli
