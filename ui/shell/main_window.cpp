#include "shell/main_window.h"

#include "charts/zoom.h"
#include "import/import_controller.h"
#include "import/import_progress_dialog.h"
#include "import/import_report_dialog.h"
#include "import/import_wizard.h"
#include "pages/data_page.h"
#include "pages/page.h"
#include "pages/page_catalog.h"
#include "pvi/engine/pvi_run_cache.h"
#include "shell/appearance_actions.h"
#include "shell/choose_files.h"
#include "shell/demo_workspace.h"
#include "shell/export_menu.h"
#include "shell/filter_bar.h"
#include "shell/recent_files.h"
#include "shell/removal_undo.h"
#include "shell/start_page.h"
#include "shell/workspace_memory.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>
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
    , m_views(new QStackedWidget(this))
    , m_start(new StartPage(this))
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
            statusBar()->showMessage(error.isEmpty() ? tr("Saved %1").arg(path)
                                                     : tr("Could not save %1: %2").arg(path, error),
                                     8000);
        });

    m_navigation->setObjectName(u"navigation"_s);
    zoom::fixWidth(m_navigation, 216);
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
        if (auto* dataPage = qobject_cast<DataPage*>(created)) {
            connect(dataPage, &DataPage::edited, this,
                    [this](const QString& undoText, const QString& undoCopy) {
                        if (undoCopy.isEmpty())
                            m_undo->clear(); // undoing an older removal would lose this change
                        else
                            m_undo->push(undoText, undoCopy);
                    });
        }
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
    m_workspaceNote = new QLabel(content);
    m_workspaceNote->setObjectName(u"workspaceNote"_s);
    m_workspaceNote->setWordWrap(true);
    m_workspaceNote->hide();
    contentLayout->addWidget(m_workspaceNote);
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
    m_dashboard = central;
    m_views->addWidget(m_start);
    m_views->addWidget(central);
    setCentralWidget(m_views);
    connect(m_start, &StartPage::openExportsRequested, this, &MainWindow::chooseExports);
    connect(m_start, &StartPage::openWorkspaceRequested, this, &MainWindow::openWorkspaceDialog);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_start, &StartPage::recentRequested, this, [this](const QString& path) {
        QString error;
        if (!openWorkspace(path, &error))
            showError(tr("Open Workspace"), error);
    });

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    buildMenus();
    closeWorkspace(); // nothing open yet: the start page
    statusBar()->showMessage(tr("Open a workspace or drop a CSV export onto the window."));
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWorkspace(const QString& path, QString* error) {
    // Opening checks the file and upgrades an older schema; it is quick and needs no query.
    auto opened = Workspace::open(path, Workspace::Mode::OpenExisting);
    if (!opened.workspace) {
        if (error)
            *error = opened.error;
        return false;
    }
    rememberWorkspace(); // the workspace being left
    m_readOnlyReason = opened.workspace->readOnlyReason();
    opened.workspace.reset();
    m_undo->clear(); // the removals undone are this workspace's
    m_workspacePath = QFileInfo(path).absoluteFilePath();
    // A read-only workspace is shown as it is: nothing can be imported or changed.
    m_importAction->setEnabled(m_readOnlyReason.isEmpty());
    m_importAction->setToolTip(m_readOnlyReason.isEmpty()
                                   ? QString()
                                   : tr("The workspace is read-only: %1.").arg(m_readOnlyReason));
    if (!m_readOnlyBadge) {
        m_readOnlyBadge = new QLabel(this);
        m_readOnlyBadge->setObjectName(u"readOnlyBadge"_s);
        statusBar()->addPermanentWidget(m_readOnlyBadge);
    }
    m_readOnlyBadge->setText(tr("Read-only: %1").arg(m_readOnlyReason));
    m_readOnlyBadge->setVisible(!m_readOnlyReason.isEmpty());
    RecentFiles::add(m_workspacePath);
    setWindowTitle(tr("%1 — PVI Studio").arg(QFileInfo(path).completeBaseName()));
    // Back where this workspace was left: its window geometry, period and page.
    const WorkspaceMemory memory = WorkspaceMemory::load(m_workspacePath);
    if (!memory.geometry.isEmpty())
        restoreGeometry(memory.geometry);
    if (memory.filter)
        m_filterBar->setFilter(*memory.filter);
    if (!memory.page.isEmpty())
        showPage(memory.page);
    for (Page* p : std::as_const(m_pages)) {
        p->setFilter(m_filterBar->filter());
        p->setWorkspacePath(m_workspacePath);
    }
    m_views->setCurrentWidget(m_dashboard);
    m_closeAction->setEnabled(true);
    updateWorkspaceNote();
    statusBar()->showMessage(tr("Opened %1").arg(m_workspacePath), 8000);
    return true;
}

void MainWindow::closeWorkspace() {
    rememberWorkspace();
    m_undo->clear();
    if (m_wizard)
        m_wizard->close();
    m_workspacePath.clear();
    m_readOnlyReason.clear();
    if (m_readOnlyBadge)
        m_readOnlyBadge->hide();
    m_importAction->setEnabled(false);
    m_importAction->setToolTip(tr("Open a workspace first."));
    m_closeAction->setEnabled(false);
    setWindowTitle(u"PVI Studio"_s);
    m_start->refreshRecent();
    m_views->setCurrentWidget(m_start);
    m_start->openExportsButton()->setFocus();
}

QAction* MainWindow::undoAction() const {
    return m_undo->action();
}

bool MainWindow::showsStartPage() const {
    return m_views->currentWidget() == m_start;
}

void MainWindow::openDemo() {
    const DemoWorkspace demo = ensureDemoWorkspace();
    if (!demo.error.isEmpty()) {
        showError(tr("Demo shop"), demo.error);
        return;
    }
    QString error;
    if (!openWorkspace(demo.path, &error)) {
        showError(tr("Demo shop"), error);
        return;
    }
    if (!demo.imports.isEmpty()) {
        // The first start imports the bundled exports, off the GUI thread like any import;
        // the dashboard, not an import report, is what a newcomer should see after it.
        m_quietImport = startImport(defaultImportRequests(demo.imports));
    }
}

void MainWindow::chooseExports() {
    chooseFiles(this, tr("Open Your Exports"),
                tr("Exports (*.csv *.tsv *.txt *.xlsx *.zip *.csv.gz *.gz);;All files (*)"),
                QFileDialog::AcceptOpen, QFileDialog::ExistingFiles,
                [this](const QStringList& files) { openExports(files); });
}

void MainWindow::openExports(const QStringList& files) {
    if (files.isEmpty())
        return;
    // The workspace is named after the first file, beside it: the user finds it where the
    // exports are. A folder that cannot be written (a download share, a read-only stick) gives
    // way to the app's data folder.
    const QFileInfo first(files.first());
    QString folder = first.absolutePath();
    if (!QFileInfo(folder).isWritable()) {
        folder =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspaces"_s;
        QDir().mkpath(folder);
    }
    const QString path = folder + u'/' + first.completeBaseName() + u".pvi"_s;
    if (!createWorkspace(path, tr("Open Your Exports")))
        return;
    statusBar()->showMessage(tr("Workspace %1 made for your exports.").arg(path), 8000);
    importFiles(files);
}

void MainWindow::updateWorkspaceNote() {
    const bool demo = m_workspacePath == QFileInfo(demoWorkspacePath()).absoluteFilePath();
    m_workspaceNote->setText(
        demo ? tr("This is the demo shop: a made-up Toronto bakery with a year of orders, "
                  "e-mails, surveys and web visits. Open your own exports with File › Import, "
                  "or go back to the start with File › Close Workspace.")
             : QString());
    m_workspaceNote->setVisible(demo);
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
    chooseFiles(this, tr("New Workspace"), tr("PVI workspaces (*.pvi)"), QFileDialog::AcceptSave,
                QFileDialog::AnyFile, [this](const QStringList& files) {
                    createWorkspace(files.first(), tr("New Workspace"));
                });
}

bool MainWindow::createWorkspace(const QString& path, const QString& title) {
    const QString withSuffix = path.endsWith(u".pvi"_s) ? path : path + u".pvi"_s;
    auto created = Workspace::open(withSuffix, Workspace::Mode::CreateOrOpen);
    if (!created.workspace) {
        showError(title, created.error);
        return false;
    }
    created.workspace.reset();
    QString error;
    if (!openWorkspace(withSuffix, &error)) {
        showError(title, error);
        return false;
    }
    return true;
}

void MainWindow::openWorkspaceDialog() {
    chooseFiles(this, tr("Open Workspace"), tr("PVI workspaces (*.pvi);;All files (*)"),
                QFileDialog::AcceptOpen, QFileDialog::ExistingFile,
                [this](const QStringList& files) {
                    QString error;
                    if (!openWorkspace(files.first(), &error))
                        showError(tr("Open Workspace"), error);
                });
}

void MainWindow::importDialog() {
    chooseFiles(this, tr("Import Exports"),
                tr("Exports (*.csv *.tsv *.txt *.xlsx *.zip *.csv.gz *.gz);;All files (*)"),
                QFileDialog::AcceptOpen, QFileDialog::ExistingFiles,
                [this](const QStringList& files) { openImportWizard(files); });
}

void MainWindow::openImportWizard(const QStringList& files) {
    if (m_workspacePath.isEmpty()) {
        showError(tr("Import"), tr("Create or open a workspace first (File › New Workspace…)."));
        return;
    }
    if (!m_readOnlyReason.isEmpty()) {
        showError(tr("Import"), tr("This workspace is read-only (%1): nothing can be imported "
                                   "into it.")
                                    .arg(m_readOnlyReason));
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
        showError(tr("Import"), tr("Create or open a workspace first (File › New Workspace…)."));
        return false;
    }
    if (!m_readOnlyReason.isEmpty()) {
        showError(tr("Import"), tr("This workspace is read-only (%1): nothing can be imported "
                                   "into it.")
                                    .arg(m_readOnlyReason));
        return false;
    }
    if (!m_import->start(m_workspacePath, requests)) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return false;
    }
    auto* progress = new ImportProgressDialog(m_import, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->show();
    statusBar()->showMessage(tr("Importing…"));
    return true;
}

void MainWindow::onImportFinished(const QList<ImportReport>& reports, bool cancelled) {
    m_undo->clear(); // undoing an older removal would lose the import
    const bool quiet = std::exchange(m_quietImport, false);
    const bool failed = std::any_of(reports.begin(), reports.end(),
                                    [](const ImportReport& r) { return !r.ok && !r.cancelled; });
    if (!quiet || failed) {
        auto* dialog = new ImportReportDialog(reports, cancelled, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    statusBar()->showMessage(cancelled ? tr("Import cancelled.") : tr("Import finished."), 8000);
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

void MainWindow::closeEvent(QCloseEvent* event) {
    rememberWorkspace();
    QMainWindow::closeEvent(event);
}

void MainWindow::rememberWorkspace() const {
    if (m_workspacePath.isEmpty())
        return;
    WorkspaceMemory memory;
    memory.geometry = saveGeometry();
    if (const Page* shown = currentPage())
        memory.page = shown->id();
    memory.filter = m_filterBar->filter();
    memory.save(m_workspacePath);
}

void MainWindow::setAppearance(const AppearanceSettings& appearance) {
    appearance.save();
    applyAppearance(appearance);
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows)
        if (auto* window = qobject_cast<MainWindow*>(widget))
            window->restyle();
}

void MainWindow::restyle() {
    zoom::restyle(this);
    for (Page* p : std::as_const(m_pages))
        p->restyle();
    m_appearance->syncThemeActions();
}

void MainWindow::showError(const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pvi
