#pragma once

#include <QCoreApplication>

namespace pvi {

/// The translation context of the import's texts written outside a QObject (file problems,
/// row descriptions, job errors): ImportTexts::tr("…").
struct ImportTexts {
    Q_DECLARE_TR_FUNCTIONS(ImportTexts)
};

} // namespace pvi
