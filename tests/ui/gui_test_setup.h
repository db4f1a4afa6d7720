#pragma once

#include <QCoreApplication>
#include <QStandardPaths>

namespace pvi::test {

/// Keeps settings (recent files) and data folders of GUI tests away from the user's own.
inline void isolateGuiTestSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PVI Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("pvi-ui-tests"));
}

} // namespace pvi::test
