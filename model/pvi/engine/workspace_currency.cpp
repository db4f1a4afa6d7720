#include "pvi/engine/workspace_currency.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QDebug>

#include <algorithm>

namespace pvi {

bool isCurrencyCode(const QString& text) {
    return text.size() == 3 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
           });
}

QString workspaceCurrency(Workspace& workspace) {
    const QString setting = workspace.setting(QStringLiteral("currency")).trimmed();
    if (isCurrencyCode(setting))
        return setting.toUpper();
    if (!setting.isEmpty())
        qWarning().noquote() << QStringLiteral("%1: the currency setting is not a three-letter "
                                               "code and is ignored")
                                    .arg(workspace.path());
    // Only codes count: an order's currency is whatever its export said.
    Statement stmt = workspace.db().prepare(
        "SELECT upper(trim(currency)) AS code FROM orders WHERE is_valid = 1 AND "
        "length(trim(currency)) = 3 AND trim(currency) NOT GLOB '*[^A-Za-z]*' GROUP BY code "
        "ORDER BY count(*) DESC, code LIMIT 1");
    return stmt.step() ? stmt.columnText(0) : QString();
}

} // namespace pvi
