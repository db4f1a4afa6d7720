#include "pvi/workspace_currency.h"

#include "store/statement.h"
#include "store/workspace.h"

namespace pvi {

QString workspaceCurrency(Workspace& workspace) {
    const QString setting = workspace.setting(QStringLiteral("currency")).trimmed().toUpper();
    if (!setting.isEmpty())
        return setting;
    Statement stmt = workspace.db().prepare(
        "SELECT upper(trim(currency)) AS code FROM orders WHERE is_valid = 1 AND "
        "trim(coalesce(currency, '')) <> '' GROUP BY code ORDER BY count(*) DESC, code LIMIT 1");
    return stmt.step() ? stmt.columnText(0) : QString();
}

} // namespace pvi
