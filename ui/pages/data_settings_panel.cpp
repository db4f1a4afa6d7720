#include "pages/data_settings_panel.h"

#include "pages/data_panel_parts.h"
#include "widgets/tone.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pvi {

DataSettingsPanel::DataSettingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_save(datapanel::button(tr("Save settings"), u"saveSettingsButton"_s, this))
    , m_message(datapanel::formMessage(u"settingsMessage"_s, this)) {
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(10);
    m_grid->setColumnStretch(2, 1);
    int row = 0;
    for (const SettingDefinition& d : settingDefinitions()) {
        Editor editor;
        editor.key = d.key;
        auto* title = new QLabel(d.title, this);
        title->setToolTip(d.key);
        if (d.kind == SettingDefinition::Kind::Flag) {
            editor.flag = new QCheckBox(this);
            editor.flag->setObjectName(u"setting_"_s + d.key);
            m_grid->addWidget(editor.flag, row, 1);
        } else {
            editor.number = new QLineEdit(this);
            editor.number->setObjectName(u"setting_"_s + d.key);
            editor.number->setMaximumWidth(110);
            m_grid->addWidget(editor.number, row, 1);
        }
        auto* description = new QLabel(d.description, this);
        description->setWordWrap(true);
        setTone(description, Tone::Muted);
        m_grid->addWidget(title, row, 0);
        m_grid->addWidget(description, row, 2);
        m_editors.append(editor);
        ++row;
    }

    datapanel::labelGridFields(m_grid);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &DataSettingsPanel::submit);
}

void DataSettingsPanel::setSettings(const std::vector<SettingValue>& settings) {
    // A stored value another program wrote that the app does not use: say so.
    QStringList warnings;
    for (const SettingValue& s : settings) {
        if (!s.warning.isEmpty())
            warnings.append(s.warning);
    }
    if (!warnings.isEmpty())
        showMessage(warnings.join(u'\n'), true);
    for (Editor& editor : m_editors) {
        for (const SettingValue& s : settings) {
            if (s.definition.key != editor.key)
                continue;
            editor.value = s.value.trimmed();
            if (editor.flag)
                editor.flag->setChecked(editor.value == u"1");
            else
                editor.number->setText(editor.value);
        }
    }
}

void DataSettingsPanel::showMessage(const QString& text, bool error) {
    datapanel::showFormMessage(m_message, text, error);
}

QCheckBox* DataSettingsPanel::flagEditor(const QString& key) const {
    for (const Editor& editor : m_editors) {
        if (editor.key == key)
            return editor.flag;
    }
    return nullptr;
}

QLineEdit* DataSettingsPanel::numberEditor(const QString& key) const {
    for (const Editor& editor : m_editors) {
        if (editor.key == key)
            return editor.number;
    }
    return nullptr;
}

QString DataSettingsPanel::editorValue(const Editor& editor) const {
    if (editor.flag)
        return editor.flag->isChecked() ? u"1"_s : u"0"_s;
    return editor.number->text().trimmed();
}

void DataSettingsPanel::submit() {
    QList<QPair<QString, QString>> changed;
    for (const Editor& editor : std::as_const(m_editors)) {
        const QString value = editorValue(editor);
        if (value != editor.value)
            changed.append({editor.key, value});
    }
    if (changed.isEmpty()) {
        showMessage(tr("Nothing to save: no setting was changed."), false);
        return;
    }
    Q_EMIT saveRequested(changed);
}

} // namespace pvi
