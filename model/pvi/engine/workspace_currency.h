#pragma once

#include <QString>

namespace pvi {

class Workspace;
struct OrderSnapshot;

/// The workspace's currency code: the setting `currency` when it is a currency code, else the
/// currency most of the valid orders name (ties: alphabetical), else empty. A `currency` setting
/// that is not a code (another program may have written anything) is ignored with a warning.
/// `orders`, when given and read from the workspace, gives the orders' currencies counted in its
/// own pass instead of a query. Throws DbError.
QString workspaceCurrency(Workspace& workspace, const OrderSnapshot* orders = nullptr);

/// Whether `text` is a currency code: three ASCII letters (ISO 4217's form, e.g. "CAD").
bool isCurrencyCode(const QString& text);

} // namespace pvi
