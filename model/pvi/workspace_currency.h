#pragma once

#include <QString>

namespace pvi {

class Workspace;

/// The workspace's currency code: the setting `currency` when set, else the currency most of the
/// valid orders name (ties: alphabetical), else empty. Throws DbError.
QString workspaceCurrency(Workspace& workspace);

} // namespace pvi
