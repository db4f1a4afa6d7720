#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

namespace pvi::test {

/// Keeps settings (recent files) and data folders of GUI tests away from the user's own, and
/// writes numbers and dates in English (United States), which the tests' expected texts use,
/// whatever the machine's locale.
inline void isolateGuiTestSettings() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PVI Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("pvi-ui-tests"));
}

} // namespace pvi::test
