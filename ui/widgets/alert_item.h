#pragma once

#include <QDate>
#include <QString>

namespace pvi {

/// One alert shown on the Overview: an anomaly of the daily revenue or orders, or a PVI that is
/// off track or on watch against its target.
struct AlertItem {
    enum class Level { Watch, Alert };
    Level level = Level::Watch;
    QString source; ///< "anomaly" or "target"
    QString title;  ///< "Revenue on 12 Mar 2026", "Repeat purchase rate"
    QString detail; ///< the numbers in words
    QDate date;     ///< the anomaly's day (invalid for targets)
};

} // namespace pvi
