#pragma once
// The window's appearance actions: View › Theme (System, Light, Dark), View › Zoom In, Zoom Out
// and Actual Size, and Edit › Preferences…. Each choice is stored and applied to every open
// window through MainWindow::setAppearance().

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace pvi {

class AppearanceActions : public QObject {
    Q_OBJECT
public:
    /// `window` parents the Preferences dialog.
    explicit AppearanceActions(QWidget* window);

    /// Adds the Theme submenu and the zoom actions to `view`.
    void addToView(QMenu* view);
    /// Adds Preferences… to `edit`.
    void addToEdit(QMenu* edit);
    /// Checks the View › Theme entry of the current choice.
    void syncThemeActions();

Q_SIGNALS:
    /// A line for the status bar ("Zoom 150%").
    void statusMessage(const QString& message);

private:
    /// Zooms by one step in `direction` (+1 in, −1 out) or back to 100% (0).
    void zoomBy(int direction);
    void openPreferences();

    QWidget* m_window;
    QList<QAction*> m_themeActions;
};

} // namespace pvi
