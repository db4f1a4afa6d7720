#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace pvi {

/// The settings key of the window's language: "system" (the default), "en" or "fr".
QString languageSettingsKey();

/// The languages the window can be shown in: "en" and every language with an embedded
/// translation (:/i18n/*_<lang>.qm).
QStringList availableLanguages();

/// The language a request resolves to: "en" or "fr" as asked; "system" (or empty, or a language
/// without a translation) follows the system's language when it has one, else "en".
QString resolveLanguage(const QString& requested, const QLocale& system = QLocale::system());

/// The locale the window writes numbers, money and dates in for `language`: the language with
/// the system's territory when that pair exists, else its usual one (fr → fr_CA, en → en_US).
QLocale localeForLanguage(const QString& language, const QLocale& system = QLocale::system());

/// Shows the window in `requested` (empty: the settings' general/language): installs a
/// translator for every embedded :/i18n/*_<lang>.qm (English's holds its plural forms) and Qt's own qtbase_<lang>.qm when
/// present, and makes localeForLanguage the default QLocale. Returns the language applied.
/// Only the window calls this: the pvi command line stays English and locale-neutral.
QString applyLanguage(const QString& requested = {});

} // namespace pvi
