#include "pvi/engine/workspace_currency.h"

#include "pvi/orders/order_snapshot.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QDebug>

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

namespace pvi {

bool isCurrencyCode(const QString& text) {
    return text.size() == 3 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
           });
}

QString workspaceCurrency(Workspace& workspace, const OrderSnapshot* orders) {
    const QString setting = workspace.setting(QStringLiteral("currency")).trimmed();
    if (isCurrencyCode(setting))
        return setting.toUpper();
    if (!setting.isEmpty())
        qWarning().noquote() << QStringLiteral("%1: the currency setting is not a three-letter "
                                               "code and is ignored")
                                    .arg(workspace.path());
    // Only codes count: an order's currency is whatever its export said. The raw texts are
    // counted (by the order snapshot's pass, or SQLite's grouping) and made codes here, trimmed of
    // spaces and upper-cased as SQL's trim() and upper() would, which costs a third of doing it
    // per order.
    std::map<std::string, qint64> counts;
    const auto count = [&counts](std::string_view text, qint64 n) {
        while (!text.empty() && text.front() == ' ')
            text.remove_prefix(1);
        while (!text.empty() && text.back() == ' ')
            text.remove_suffix(1);
        const auto asciiLetter = [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        };
        if (text.size() != 3 || !std::all_of(text.begin(), text.end(), asciiLetter))
            return;
        std::string code(text);
        for (char& c : code)
            c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        counts[code] += n;
    };
    if (orders != nullptr && orders->readFromOrders) {
        for (const auto& [text, n] : orders->orderCurrencies)
            count(text, n);
    } else {
        Statement stmt = workspace.db().prepare(
            "SELECT currency, count(*) FROM orders WHERE is_valid = 1 AND currency IS NOT NULL "
            "GROUP BY currency");
        while (stmt.step())
            count(stmt.columnUtf8(0), stmt.columnInt64(1));
    }
    // The most orders; a tie goes to the first code in alphabetical order.
    const auto most =
        std::max_element(counts.begin(), counts.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    return most == counts.end() ? QString() : QString::fromLatin1(most->first);
}

} // namespace pvi
