#include "pvi/engine/build_info.h"

#include <QtGlobal>

#include <boost/version.hpp>
#include <nlopt.h>
#include <sqlite3.h>

namespace pvi {

QString studioVersion() {
    return QStringLiteral(PVI_VERSION);
}

std::vector<LibraryVersion> libraryVersions() {
    int major = 0;
    int minor = 0;
    int bugfix = 0;
    nlopt_version(&major, &minor, &bugfix);
    const QString boost = QStringLiteral("%1.%2.%3")
                              .arg(BOOST_VERSION / 100000)
                              .arg(BOOST_VERSION / 100 % 1000)
                              .arg(BOOST_VERSION % 100);
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()),
         QStringLiteral("public domain")},
        {QStringLiteral("Boost"), boost, QStringLiteral("BSL-1.0")},
        {QStringLiteral("NLopt"), QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(bugfix),
         QStringLiteral("MIT and LGPL-2.1-or-later")},
    };
}

} // namespace pvi
