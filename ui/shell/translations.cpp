#include "shell/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

/// The embedded translations of `language`: ":/i18n/pvi_studio_fr.qm", ...
QStringList embeddedTranslations(const QString& language) {
    QStringList paths;
    const QDir folder(u":/i18n"_s);
    for (const QString& name : folder.entryList({u"*_%1.qm"_s.arg(language)}, QDir::Files))
        paths.append(folder.filePath(name));
    return paths;
}

/// Loads `path` into a translator owned by the application and installs it; false if unreadable.
bool installTranslator(const QString& path) {
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(path)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString languageSettingsKey() {
    return u"general/language"_s;
}

QStringList availableLanguages() {
    QStringList languages{u"en"_s};
    const QDir folder(u":/i18n"_s);
    for (const QString& name : folder.entryList({u"*_*.qm"_s}, QDir::Files)) {
        const QString language = name.section(u'_', -1).section(u'.', 0, 0);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QString resolveLanguage(const QString& requested, const QLocale& system) {
    const QStringList available = availableLanguages();
    const QString asked = requested.trimmed().toLower();
    if (asked == u"en" || available.contains(asked))
        return asked;
    const QString systemLanguage = QLocale::languageToCode(system.language());
    return available.contains(systemLanguage) ? systemLanguage : u"en"_s;
}

QLocale localeForLanguage(const QString& language, const QLocale& system) {
    const QLocale::Language wanted = QLocale::codeToLanguage(language);
    const QLocale::Language chosen = wanted == QLocale::AnyLanguage ? QLocale::English : wanted;
    const QLocale withSystemTerritory(chosen, system.territory());
    if (system.territory() != QLocale::AnyTerritory &&
        withSystemTerritory.territory() == system.territory() &&
        withSystemTerritory.language() == chosen)
        return withSystemTerritory;
    return chosen == QLocale::French
               ? QLocale(QLocale::French, QLocale::Canada)
               : QLocale(chosen == QLocale::English ? QLocale::English : chosen,
                         chosen == QLocale::English ? QLocale::UnitedStates
                                                    : QLocale::AnyTerritory);
}

QString applyLanguage(const QString& requested) {
    const QString asked = requested.isEmpty()
                              ? QSettings().value(languageSettingsKey(), u"system"_s).toString()
                              : requested;
    const QString language = resolveLanguage(asked);
    // English too has a translation: the plural forms of the messages written with a count.
    for (const QString& path : embeddedTranslations(language))
        installTranslator(path);
    if (language != u"en") {
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        const QString qtBase = QDir(qtFolder).filePath(u"qtbase_%1.qm"_s.arg(language));
        if (QFile::exists(qtBase))
            installTranslator(qtBase);
    }
    QLocale::setDefault(localeForLanguage(language));
    return language;
}

} // namespace pvi
