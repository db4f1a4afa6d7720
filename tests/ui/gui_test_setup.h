#pragma once

#include "shell/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

namespace pvi::test {

/// Keeps settings (recent files) and data folders of GUI tests away from the user's own, and
/// shows the window in English (with its plural forms) writing numbers and dates as in the
/// United States, which the tests' expected texts use, whatever the machine's locale.
inline void isolateGuiTestSettings() {
    pvi::applyLanguage(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PVI Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("pvi-ui-tests"));
}

} // namespace pvi::test
