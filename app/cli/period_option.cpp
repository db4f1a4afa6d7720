#include "cli/period_option.h"

#include <QDate>

namespace pvi::cli {

bool PeriodOption::take(const QString& option, QStringList& rest) {
    if ((option != u"--from" && option != u"--to") || rest.isEmpty())
        return false;
    (option == u"--from" ? from : to) = rest.takeFirst();
    return true;
}

std::optional<Period> PeriodOption::resolve(const Period& fallback, const char* command,
                                            Io& io) const {
    if (from.isEmpty() && to.isEmpty())
        return fallback;
    const Period period{QDate::fromString(from, Qt::ISODate), QDate::fromString(to, Qt::ISODate)};
    if (!period.isValid()) {
        io.err << "pvi " << command
               << ": --from and --to must both be dates YYYY-MM-DD with from <= to\n";
        return std::nullopt;
    }
    return period;
}

} // namespace pvi::cli
