#include "shell/main_window.h"

#include "import/import_controller.h"
#include "import/import_progress_dialog.h"
#include "import/import_report_dialog.h"
#include "import/import_wizard.h"
#include "pages/page.h"
#include "pages/page_catalog.h"
#include "pvi/engine/pvi_run_cache.h"
#include "shell/choose_files.h"
#include "shell/copy_focused.h"
#include "shell/export_menu.h"
#include "shell/filter_bar.h"
#include "shell/help_dialogs.h"
#include "shell/recent_files.h"
#include "shell/report_actions.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace pvi {

QStringList csvFilesOnly(const QStringList& paths) {
    QStringList result;
    for (const QString& path : paths) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"txt"_s || suffix == u"xlsx"_s ||
            suffix == u"zip"_s || suffix == u"gz"_s)
            result.append(path);
    }
    return result;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_filterBar(new FilterBar(this))
    , m_import(new ImportController(this)) {
    setObjectName(u"mainWindow"_s);
    setWindowTitle(u"PVI Studio"_s);
    setAcceptDrops(true);
    resize(1440, 900);

    // Every table and chart of the window gets the copy and save context menu.
    auto* exportMenu = new ExportMenu(this);
    qApp->installEventFilter(exportMenu);
    connect(
        exportMenu, &ExportMenu::exported, this, [this](const QString& path, const QString& error) {
            statusBar()->showMessage(error.isEmpty() ? u"Saved %1"_s.arg(path)
                                                     : u"Could not save %1: %2"_s.arg(path, error),
                                     8000);
        });

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFixedWidth(216);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setAccessibleDescription(
        tr("The pages of the window; Ctrl+1 to Ctrl+0 show them."));
    for (const PageEntry& entry : pageCatalog()) {
        Page* created = entry.factory(entry.id, entry.title, m_stack);
        m_pages.append(created);
        m_stack->addWidget(created);
        auto* item = new QListWidgetItem(entry.title, m_navigation);
        item->setData(Qt::UserRole, entry.id);
        connect(created, &Page::periodResolved, m_filterBar, [this, created](const Period& period) {
            if (created == currentPage())
                m_filterBar->showResolvedPeriod(period);
        });
        connect(created, &Page::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, 8000); });
        connect(created, &Page::workspaceChanged, this, [this, created] {
            // The file's stamp changes with the write too; this also covers two writes within
            // one tick of the file system's clock.
            PviRunCache::shared().invalidate(m_workspacePath);
            for (Page* p : std::as_const(m_pages))
                if (p != created)
                    p->setWorkspacePath(m_workspacePath); // stale: reloads when shown
        });
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        syncFilterBar();
    });
    m_navigation->setCurrentRow(0);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_filterBar);
    contentLayout->addWidget(m_stack, 1);

    auto* side = new QWidget(this);
    side->setObjectName(u"sidebar"_s);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    auto* brand = new QLabel(u"PVI Studio"_s, side);
    brand->setObjectName(u"brand"_s);
    sideLayout->addWidget(brand);
    sideLayout->addWidget(m_navigation, 1);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    buildMenus();
    statusBar()->showMessage(u"Open a workspace or drop a CSV export onto the window."_s);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(u"&File"_s);
    file->addAction(u"&New Workspace…"_s, QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(u"&Open…"_s, QKeySequence::Open, this, &MainWindow::openWorkspaceDialog);
    m_recentMenu = file->addMenu(u"Open &Recent"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction* import =
        file->addAction(u"&Import…"_s, QKeySequence(u"Ctrl+I"_s), this, &MainWindow::importDialog);
    import->setObjectName(u"importAction"_s);
    m_importAction = import;
    file->addSeparator();
    QAction* exportSeparatorAnchor = file->addSeparator();
    QAction* quit = file->addAction(u"&Quit"_s, QKeySequence::Quit, this, &QWidget::close);
    if (quit->shortcut().isEmpty()) // platforms whose theme binds no Quit key (offscreen, Windows)
        quit->setShortcut(QKeySequence(u"Ctrl+Q"_s));

    QMenu* edit = menuBar()->addMenu(u"&Edit"_s);
    QAction* copy = edit->addAction(u"&Copy"_s, QKeySequence::Copy, this, [this] {
        if (!copyFocused(QApplication::focusWidget()))
            statusBar()->showMessage(u"Nothing to copy: click a table or a chart first."_s, 8000);
    });
    copy->setObjectName(u"copyAction"_s);

    QMenu* view = menuBar()->addMenu(u"&View"_s);
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
        view->addAction(u"&Full Screen"_s, QKeySequence::FullScreen, this,
                        [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    fullScreen->setObjectName(u"fullScreenAction"_s);
    QMenu* reportMenu = new QMenu(this); // collects the report actions, then they move
    m_reports = new ReportActions(this);
    m_reports->addTo(reportMenu, view);
    file->insertActions(exportSeparatorAnchor, reportMenu->actions());

    QMenu* help = menuBar()->addMenu(u"&Help"_s);
    help->addAction(u"PVI &Catalogue"_s, QKeySequence::HelpContents, this,
                    [this] { showCatalogueWindow(this); })
        ->setObjectName(u"catalogueAction"_s);
    help->addAction(u"&Keyboard Shortcuts"_s, QKeySequence(u"Ctrl+/"_s), this,
                    [this] { showShortcutsWindow(this, menuActions()); })
        ->setObjectName(u"shortcutsAction"_s);
    help->addSeparator();
    help->addAction(u"&About PVI Studio"_s, this, [this] { showAboutBox(this); })
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
                showError(u"Open Workspace"_s, error);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(u"(none)"_s)->setEnabled(false);
}

bool MainWindow::openWorkspace(const QString& path, QString* error) {
    // Opening checks the file and upgrades an older schema; it is quick and needs no query.
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        if (error)
            *error = opened.error;
        return false;
    }
    m_readOnlyReason = opened.workspace->readOnlyReason();
    opened.workspace.reset();
    m_workspacePath = QFileInfo(path).absoluteFilePath();
    // A read-only workspace is shown as it is: nothing can be imported or changed.
    m_importAction->setEnabled(m_readOnlyReason.isEmpty());
    m_importAction->setToolTip(m_readOnlyReason.isEmpty()
                                   ? QString()
                                   : u"The workspace is read-only: %1."_s.arg(m_readOnlyReason));
    if (!m_readOnlyBadge) {
        m_readOnlyBadge = new QLabel(this);
        m_readOnlyBadge->setObjectName(u"readOnlyBadge"_s);
        statusBar()->addPermanentWidget(m_readOnlyBadge);
    }
    m_readOnlyBadge->setText(u"Read-only: %1"_s.arg(m_readOnlyReason));
    m_readOnlyBadge->setVisible(!m_readOnlyReason.isEmpty());
    RecentFiles::add(m_workspacePath);
    setWindowTitle(u"%1 — PVI Studio"_s.arg(QFileInfo(path).completeBaseName()));
    for (Page* p : std::as_const(m_pages)) {
        p->setFilter(m_filterBar->filter());
        p->setWorkspacePath(m_workspacePath);
    }
    statusBar()->showMessage(u"Opened %1"_s.arg(m_workspacePath), 8000);
    return true;
}

bool MainWindow::showPage(const QString& id) {
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->id() == id) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

Page* MainWindow::page(const QString& id) const {
    for (Page* p : m_pages) {
        if (p->id() == id)
            return p;
    }
    return nullptr;
}

Page* MainWindow::currentPage() const {
    return qobject_cast<Page*>(m_stack->currentWidget());
}

void MainWindow::newWorkspace() {
    chooseFiles(this, u"New Workspace"_s, u"PVI workspaces (*.pvi)"_s, QFileDialog::AcceptSave,
                QFileDialog::AnyFile,
                [this](const QStringList& files) { createWorkspace(files.first()); });
}

void MainWindow::createWorkspace(const QString& path) {
    const QString withSuffix = path.endsWith(u".pvi"_s) ? path : path + u".pvi"_s;
    auto created = Workspace::open(withSuffix, Workspace::Mode::CreateOrOpen);
    if (!created.workspace) {
        showError(u"New Workspace"_s, created.error);
        return;
    }
    created.workspace.reset();
    QString error;
    if (!openWorkspace(withSuffix, &error))
        showError(u"New Workspace"_s, error);
}

void MainWindow::openWorkspaceDialog() {
    chooseFiles(this, u"Open Workspace"_s, u"PVI workspaces (*.pvi);;All files (*)"_s,
                QFileDialog::AcceptOpen, QFileDialog::ExistingFile,
                [this](const QStringList& files) {
                    QString error;
                    if (!openWorkspace(files.first(), &error))
                        showError(u"Open Workspace"_s, error);
                });
}

void MainWindow::importDialog() {
    chooseFiles(this, u"Import Exports"_s,
                u"Exports (*.csv *.tsv *.txt *.xlsx *.zip *.csv.gz *.gz);;All files (*)"_s,
                QFileDialog::AcceptOpen, QFileDialog::ExistingFiles,
                [this](const QStringList& files) { openImportWizard(files); });
}

void MainWindow::openImportWizard(const QStringList& files) {
    if (m_workspacePath.isEmpty()) {
        showError(u"Import"_s, u"Create or open a workspace first (File › New Workspace…)."_s);
        return;
    }
    if (!m_readOnlyReason.isEmpty()) {
        showError(u"Import"_s, u"This workspace is read-only (%1): nothing can be imported "
                               "into it."_s.arg(m_readOnlyReason));
        return;
    }
    if (m_wizard && (m_wizard->isHidden() || m_wizard->workspacePath() != m_workspacePath)) {
        m_wizard->deleteLater(); // finished, or for another workspace: start afresh
        m_wizard = nullptr;
    }
    if (!m_wizard) {
        m_wizard = new ImportWizard(m_workspacePath, this);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_wizard, &ImportWizard::importRequested, this, &MainWindow::startImport);
    }
    m_wizard->addFiles(files);
    m_wizard->show();
    m_wizard->raise();
}

ImportWizard* MainWindow::importWizard() const {
    return m_wizard;
}

void MainWindow::importFiles(const QStringList& files) {
    startImport(defaultImportRequests(files));
}

bool MainWindow::startImport(const QList<ImportRequest>& requests) {
    if (m_workspacePath.isEmpty()) {
        showError(u"Import"_s, u"Create or open a workspace first (File › New Workspace…)."_s);
        return false;
    }
    if (!m_readOnlyReason.isEmpty()) {
        showError(u"Import"_s, u"This workspace is read-only (%1): nothing can be imported "
                               "into it."_s.arg(m_readOnlyReason));
        return false;
    }
    if (!m_import->start(m_workspacePath, requests)) {
        statusBar()->showMessage(u"An import is already running."_s, 5000);
        return false;
    }
    auto* progress = new ImportProgressDialog(m_import, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->show();
    statusBar()->showMessage(u"Importing…"_s);
    return true;
}

void MainWindow::onImportFinished(const QList<ImportReport>& reports, bool cancelled) {
    auto* dialog = new ImportReportDialog(reports, cancelled, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    statusBar()->showMessage(cancelled ? u"Import cancelled."_s : u"Import finished."_s, 8000);
    PviRunCache::shared().invalidate(m_workspacePath);
    for (Page* p : std::as_const(m_pages))
        p->setWorkspacePath(m_workspacePath); // invalidates: the visible page reloads now
    Q_EMIT importFinished(reports, cancelled);
}

void MainWindow::setFilter(const PeriodFilter& filter) {
    m_filterBar->setFilter(filter);
    applyFilter(filter);
}

void MainWindow::applyFilter(const PeriodFilter& filter) {
    for (Page* p : std::as_const(m_pages))
        p->setFilter(filter);
}

void MainWindow::syncFilterBar() {
    const Page* shown = currentPage();
    if (!shown)
        return;
    m_filterBar->setPageFollowsFilter(shown->followsFilter());
    if (shown->resolvedPeriod())
        m_filterBar->showResolvedPeriod(*shown->resolvedPeriod());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        paths.append(url.toLocalFile());
    if (!csvFilesOnly(paths).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        paths.append(url.toLocalFile());
    const QStringList files = csvFilesOnly(paths);
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openImportWizard(files);
}

void MainWindow::showError(const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pvi
