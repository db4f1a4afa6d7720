#pragma once
// Header-only so that only the test executables that build the full demo link the importers.

#include "importers/demo_shop.h"
#include "importers/import_runner.h"
#include "pvi/engine/personalization_rules.h"
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
    Workspace& workspace = *opened.workspace;
    for (const QString& file : demoShopFiles()) {
        if (!importFile(workspace, file).ok)
            return QStringLiteral("the demo export %1 did not import").arg(file);
    }
    for (const DemoRule& rule : kDemoShopRules) {
        QString error;
        if (!PersonalizationRules::add(workspace, QString::fromLatin1(rule.kind),
                                       QString::fromLatin1(rule.pattern), &error))
            return error;
    }
    return {};
}

} // namespace pvi::test
