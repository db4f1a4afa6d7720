#pragma once

#include <QString>

namespace pvi {

class Workspace;

/// The workspace's currency code: the setting `currency` when it is a currency code, else the
/// currency most of the valid orders name (ties: alphabetical), else empty. A `currency` setting
/// that is not a code (another program may have written anything) is ignored with a warning.
/// Throws DbError.
QString workspaceCurrency(Workspace& workspace);

/// Whether `text` is a currency code: three ASCII letters (ISO 4217's form, e.g. "CAD").
bool isCurrencyCode(const QString& text);

} // namespace pvi
