#pragma once

#include "pvi/engine/demo_shop_setup.h"
#include "store/workspace.h"

#include <QString>

namespace pvi::test {

/// Imports every bundled demo export (orders, e-mail, survey, analytics, costs, A/B tests) and
/// the demo's rules into a new workspace at `path`, as `pvi demo` does. Returns an error
/// message, empty on success.
inline QString buildFullDemoWorkspace(const QString& path) {
    auto opened = Workspace::open(path, Workspace::Mode::CreateOrOpen);
    if (!opened.workspace)
        return opened.error;
    const DemoShopImport demo = importDemoShop(*opened.workspace);
    if (!demo.reports.isEmpty() && !demo.reports.constLast().ok)
        return QStringLiteral("the demo export %1 did not import")
            .arg(demo.reports.constLast().file);
    return demo.rulesError;
}

} // namespace pvi::test
