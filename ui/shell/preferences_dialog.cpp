#include "shell/preferences_dialog.h"

#include "charts/zoom.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pvi {

namespace {

constexpr auto kLanguageKey = "general/language";

} // namespace

PreferencesDialog::PreferencesDialog(const AppearanceSettings& current, QWidget* parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_zoom(new QComboBox(this)) {
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_theme->setObjectName(u"themeChoice"_s);
    m_language->setObjectName(u"languageChoice"_s);
    m_zoom->setObjectName(u"zoomChoice"_s);

    m_theme->addItem(tr("System"), themeChoiceKey(ThemeChoice::System));
    m_theme->addItem(tr("Light"), themeChoiceKey(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), themeChoiceKey(ThemeChoice::Dark));
    m_theme->setCurrentIndex(m_theme->findData(themeChoiceKey(current.theme)));

    m_language->addItem(tr("System"), u"system"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    const QString language = QSettings().value(QLatin1StringView(kLanguageKey)).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));

    for (int percent : zoom::steps())
        m_zoom->addItem(tr("%1%").arg(percent), percent);
    m_zoom->setCurrentIndex(std::max(0, m_zoom->findData(zoom::snap(current.zoomPercent))));

    auto* languageNote =
        new QLabel(tr("The language changes at the next start of PVI Studio."), this);
    languageNote->setObjectName(u"languageNote"_s);
    languageNote->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Zoom:"), m_zoom);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

AppearanceSettings PreferencesDialog::appearance() const {
    AppearanceSettings chosen;
    chosen.theme =
        parseThemeChoice(m_theme->currentData().toString()).value_or(ThemeChoice::System);
    chosen.zoomPercent = m_zoom->currentData().toInt();
    return chosen;
}

QString PreferencesDialog::language() const {
    return m_language->currentData().toString();
}

void PreferencesDialog::save() const {
    appearance().save();
    QSettings().setValue(QLatin1StringView(kLanguageKey), language());
}

void PreferencesDialog::accept() {
    save();
    QDialog::accept();
}

} // namespace pvi
