#include "shell/appearance_actions.h"

#include "charts/zoom.h"
#include "shell/appearance.h"
#include "shell/main_window.h"
#include "shell/preferences_dialog.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMenu>

#include <utility>

using namespace Qt::StringLiterals;

namespace pvi {

AppearanceActions::AppearanceActions(QWidget* window)
    : QObject(window)
    , m_window(window) {}

void AppearanceActions::addToView(QMenu* view) {
    QMenu* themeMenu = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> themeNames[] = {{ThemeChoice::System, tr("&System")},
                                                          {ThemeChoice::Light, tr("&Light")},
                                                          {ThemeChoice::Dark, tr("&Dark")}};
    for (const auto& entry : themeNames) {
        const ThemeChoice choice = entry.first;
        QAction* action = themeMenu->addAction(entry.second, this, [choice] {
            AppearanceSettings chosen = currentAppearance();
            chosen.theme = choice;
            MainWindow::setAppearance(chosen);
        });
        action->setCheckable(true);
        action->setData(themeChoiceKey(choice));
        action->setObjectName(u"theme_"_s + themeChoiceKey(choice));
        themes->addAction(action);
        m_themeActions.append(action);
    }
    syncThemeActions();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { zoomBy(1); })
        ->setObjectName(u"zoomInAction"_s);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { zoomBy(-1); })
        ->setObjectName(u"zoomOutAction"_s);
    // Ctrl+0 shows the tenth page.
    view->addAction(tr("&Actual Size"), QKeySequence(u"Ctrl+Alt+0"_s), this, [this] { zoomBy(0); })
        ->setObjectName(u"actualSizeAction"_s);
}

void AppearanceActions::addToEdit(QMenu* edit) {
    QAction* preferences = edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this,
                                           &AppearanceActions::openPreferences);
    if (preferences->shortcut().isEmpty()) // platforms whose theme binds no Preferences key
        preferences->setShortcut(QKeySequence(u"Ctrl+,"_s));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(u"preferencesAction"_s);
}

void AppearanceActions::syncThemeActions() {
    const QString current = themeChoiceKey(currentAppearance().theme);
    for (QAction* action : std::as_const(m_themeActions))
        action->setChecked(action->data().toString() == current);
}

void AppearanceActions::zoomBy(int direction) {
    AppearanceSettings chosen = currentAppearance();
    chosen.zoomPercent = direction == 0 ? 100 : zoom::step(chosen.zoomPercent, direction);
    if (chosen == currentAppearance())
        return;
    MainWindow::setAppearance(chosen);
    Q_EMIT statusMessage(tr("Zoom %1%").arg(chosen.zoomPercent));
}

void AppearanceActions::openPreferences() {
    auto* dialog = new PreferencesDialog(currentAppearance(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [dialog] { MainWindow::setAppearance(dialog->appearance()); });
    dialog->open();
}

} // namespace pvi
