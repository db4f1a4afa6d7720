#include "pvi/engine/demo_shop_setup.h"

#include "analytics/targets/target_store.h"
#include "importers/demo_shop.h"
#include "importers/import_runner.h"
#include "pvi/engine/personalization_rules.h"
#include "store/db_error.h"
#include "store/workspace.h"

#include <algorithm>

namespace pvi {

bool addDemoShopRules(Workspace& workspace, QString* error) {
    const std::vector<PersonalizationRule> existing = PersonalizationRules::list(workspace);
    for (const DemoRule& rule : kDemoShopRules) {
        const QString kind = QString::fromLatin1(rule.kind);
        const QString pattern = QString::fromLatin1(rule.pattern);
        const bool present =
            std::any_of(existing.begin(), existing.end(), [&](const PersonalizationRule& r) {
                return r.kind == kind && r.pattern.compare(pattern, Qt::CaseInsensitive) == 0;
            });
        if (!present && !PersonalizationRules::add(workspace, kind, pattern, error))
            return false;
    }
    return true;
}

bool addDemoShopTargets(Workspace& workspace, QString* error) {
    try {
        const std::vector<StoredTarget> existing = loadTargets(workspace.db());
        for (const DemoTarget& demo : kDemoShopTargets) {
            const QString id = QString::fromLatin1(demo.pviId);
            const bool present = std::any_of(existing.begin(), existing.end(),
                                             [&](const StoredTarget& t) { return t.pviId == id; });
            if (!present)
                saveTarget(workspace.db(), {id, {demo.target, std::nullopt, std::nullopt}});
        }
        return true;
    } catch (const DbError& e) {
        if (error)
            *error = e.message();
        return false;
    }
}

DemoShopImport importDemoShop(Workspace& workspace) {
    DemoShopImport result;
    for (const QString& file : demoShopFiles()) {
        result.reports.append(importFile(workspace, file));
        if (!result.reports.constLast().ok)
            return result;
    }
    QString error;
    if (!addDemoShopRules(workspace, &error) || !addDemoShopTargets(workspace, &error))
        result.rulesError = error.isEmpty()
                                ? QStringLiteral("the demo's rules or targets could not be added")
                                : error;
    return result;
}

} // namespace pvi
