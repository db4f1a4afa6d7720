#pragma once

#include "shell/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSettings>
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
    // One name per test process: tests that run at once (ctest -j) must not clear each other's
    // recent list or remove each other's demo workspace. What it leaves goes at exit.
    QCoreApplication::setApplicationName(
        QStringLiteral("pvi-ui-tests-%1").arg(QCoreApplication::applicationPid()));
    qAddPostRoutine([] {
        QFile::remove(QSettings().fileName());
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    });
}

} // namespace pvi::test
