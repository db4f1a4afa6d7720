#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace pvi {

/// What the window shows with no workspace open: open exports (which makes a workspace), open a
/// workspace, try the demo shop, or pick a recent workspace.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    /// Lists the recent workspaces again (the window calls it whenever the page is shown).
    void refreshRecent();

    QPushButton* openExportsButton() const { return m_openExports; }
    QPushButton* openWorkspaceButton() const { return m_openWorkspace; }
    QPushButton* demoButton() const { return m_demo; }
    QListWidget* recentList() const { return m_recent; }

Q_SIGNALS:
    void openExportsRequested();
    void openWorkspaceRequested();
    void demoRequested();
    /// A recent workspace was chosen (clicked, or Enter on it).
    void recentRequested(const QString& path);

private:
    QPushButton* m_openExports;
    QPushButton* m_openWorkspace;
    QPushButton* m_demo;
    QWidget* m_recentBox;
    QListWidget* m_recent;
};

} // namespace pvi
