#pragma once

#include <QCoreApplication>

namespace pvi::report {

/// The translation context of the report's texts written outside a QObject (sections, tiles,
/// appendices, progress): ReportText::tr("…"). The window's report follows its language; the
/// pvi command line, which loads no translation, writes it in English.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

} // namespace pvi::report
