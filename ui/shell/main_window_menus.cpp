// The main window's menu bar: File, Edit, View and Help, and the list of their actions (the
// keyboard shortcuts window reads it).
#include "pages/page.h"
#include "pages/page_catalog.h"
#include "pvi/engine/pvi_run_cache.h"
#include "shell/appearance_actions.h"
#include "shell/copy_focused.h"
#include "shell/help_dialogs.h"
#include "shell/main_window.h"
#include "shell/recent_files.h"
#include "shell/removal_undo.h"
#include "shell/report_actions.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

#include <utility>

using namespace Qt::StringLiterals;

namespace pvi {

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWorkspaceDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction* import =
        file->addAction(tr("&Import…"), QKeySequence(u"Ctrl+I"_s), this, &MainWindow::importDialog);
    import->setObjectName(u"importAction"_s);
    m_importAction = import;
    file->addSeparator();
    QAction* exportSeparatorAnchor = file->addSeparator();
    m_closeAction = file->addAction(tr("&Close Workspace"), QKeySequence::Close, this,
                                    &MainWindow::closeWorkspace);
    m_closeAction->setObjectName(u"closeWorkspaceAction"_s);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    if (quit->shortcut().isEmpty()) // platforms whose theme binds no Quit key (offscreen, Windows)
        quit->setShortcut(QKeySequence(u"Ctrl+Q"_s));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = edit->addAction(tr("&Undo"), QKeySequence::Undo, this,
                                    [this] { m_undo->undoLast(m_workspacePath); });
    undo->setObjectName(u"undoAction"_s);
    m_undo = new RemovalUndo(undo, this);
    connect(m_undo, &RemovalUndo::undone, this, [this](const QString& text, const QString& path) {
        statusBar()->showMessage(tr("Undone: %1.").arg(text), 8000);
        if (path != m_workspacePath)
            return;
        PviRunCache::shared().invalidate(m_workspacePath);
        for (Page* p : std::as_const(m_pages))
            p->setWorkspacePath(m_workspacePath); // the visible page reloads now
    });
    connect(m_undo, &RemovalUndo::started, this,
            [this](const QString& text) { statusBar()->showMessage(tr("Undoing %1…").arg(text)); });
    connect(m_undo, &RemovalUndo::failed, this, [this](const QString& text, const QString& error) {
        showError(tr("Undo"), tr("%1 could not be undone: %2").arg(text, error));
    });
    edit->addSeparator();
    QAction* copy = edit->addAction(tr("&Copy"), QKeySequence::Copy, this, [this] {
        if (!copyFocused(QApplication::focusWidget()))
            statusBar()->showMessage(tr("Nothing to copy: click a table or a chart first."), 8000);
    });
    copy->setObjectName(u"copyAction"_s);
    edit->addSeparator();
    m_appearance = new AppearanceActions(this);
    connect(m_appearance, &AppearanceActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 3000); });
    m_appearance->addToEdit(edit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const std::vector<PageEntry>& pages = pageCatalog();
    for (int i = 0; i < int(pages.size()) && i < 10; ++i) {
        // Ctrl+1 … Ctrl+9 for the first nine pages, Ctrl+0 for the tenth.
        QAction* show = view->addAction(pages[std::size_t(i)].title,
                                        QKeySequence(u"Ctrl+%1"_s.arg((i + 1) % 10)), this,
                                        [this, i] { m_navigation->setCurrentRow(i); });
        show->setObjectName(u"showPage_"_s + pages[std::size_t(i)].id);
    }
    view->addSeparator();
    QAction* fullScreen =
        view->addAction(tr("&Full Screen"), QKeySequence::FullScreen, this,
                        [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    fullScreen->setObjectName(u"fullScreenAction"_s);
    view->addSeparator();
    m_appearance->addToView(view);
    QMenu* reportMenu = new QMenu(this); // collects the report actions, then they move
    m_reports = new ReportActions(this);
    m_reports->addTo(reportMenu, view);
    file->insertActions(exportSeparatorAnchor, reportMenu->actions());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("PVI &Catalogue"), QKeySequence::HelpContents, this,
                    [this] { showCatalogueWindow(this); })
        ->setObjectName(u"catalogueAction"_s);
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(u"Ctrl+/"_s), this,
                    [this] { showShortcutsWindow(this, menuActions()); })
        ->setObjectName(u"shortcutsAction"_s);
    help->addSeparator();
    help->addAction(tr("&About PVI Studio"), this, [this] { showAboutBox(this); })
        ->setObjectName(u"aboutAction"_s);
}

QList<QAction*> MainWindow::menuActions() const {
    QList<QAction*> actions;
    for (QAction* menuAction : menuBar()->actions()) {
        if (QMenu* menu = menuAction->menu()) {
            for (QAction* action : menu->actions())
                if (!action->isSeparator() && !action->menu())
                    actions << action;
        }
    }
    return actions;
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = RecentFiles::list();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            QString error;
            if (!openWorkspace(path, &error))
                showError(tr("Open Workspace"), error);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

} // namespace pvi
