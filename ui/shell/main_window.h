#pragma once

#include "import/import_request.h"
#include "importers/import_report.h"
#include "pvi/engine/period_filter.h"
#include "shell/appearance.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace pvi {

class AppearanceActions;
class FilterBar;
class ImportController;
class ImportWizard;
class Page;
class ReportActions;
class RemovalUndo;
class StartPage;

/// The main window: the navigation list, the stack of pages, the filter bar, the menus and the
/// status bar. It holds the workspace's path only; pages and jobs open their own connections.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the workspace at `path` on every page; false (with a message) when it cannot be
    /// opened.
    bool openWorkspace(const QString& path, QString* error = nullptr);
    const QString& workspacePath() const { return m_workspacePath; }
    /// Why the open workspace cannot be changed (opened read-only); empty when it can.
    const QString& readOnlyReason() const { return m_readOnlyReason; }

    /// Closes the workspace and shows the start page (File › Close).
    void closeWorkspace();
    /// Opens the bundled demo shop (made and imported on first use, without an import report)
    /// on its dashboard.
    void openDemo();
    /// Opens the workspace beside the first of `files` (made when missing; in the app's data
    /// folder when that folder cannot be written) and imports them: the start page's
    /// "Open your exports".
    void openExports(const QStringList& files);
    /// Edit › Undo: puts back the data as it was before the last removal made in this window
    /// (off the GUI thread); disabled when there is none.
    QAction* undoAction() const;

    /// The page shown while no workspace is open.
    StartPage* startPage() const { return m_start; }
    /// Whether the start page is shown (no workspace open).
    bool showsStartPage() const;

    /// Shows the page with this id; false when there is none.
    bool showPage(const QString& id);
    Page* page(const QString& id) const;
    Page* currentPage() const;
    QListWidget* navigation() const { return m_navigation; }
    FilterBar* filterBar() const { return m_filterBar; }
    /// Sets the filter as if the user had chosen it in the filter bar; every page follows.
    void setFilter(const PeriodFilter& filter);
    ImportController* importController() const { return m_import; }
    /// File › Export Report… and View › Present.
    ReportActions* reportActions() const { return m_reports; }
    /// Every action of the menu bar's menus, in menu order (Help › Keyboard Shortcuts lists
    /// those with a shortcut).
    QList<QAction*> menuActions() const;

    /// Imports the files into the current workspace off the GUI thread (sources detected, no
    /// wizard), with a progress dialog, then shows the report and refreshes the pages.
    void importFiles(const QStringList& files);
    /// Imports the requested files (each with its own options) like importFiles(); false when
    /// no workspace is open or an import is running.
    bool startImport(const QList<ImportRequest>& requests);
    /// Opens the import wizard with these files (File › Import…, drag and drop), or adds them to
    /// the wizard already open. Its Import button starts the import.
    void openImportWizard(const QStringList& files);
    /// The open import wizard, or null.
    ImportWizard* importWizard() const;

    /// Stores and applies the theme and zoom (View › Theme, Zoom In/Out, Edit › Preferences…):
    /// the application's style changes and every open window restyles, without a restart.
    static void setAppearance(const AppearanceSettings& appearance);
    /// Shows the pages (their charts, tiles and fixed sizes) in the current theme and zoom.
    void restyle();
    /// Remembers the workspace's geometry, page and filter (WorkspaceMemory); done on close and
    /// before another workspace is opened.
    void rememberWorkspace() const;

Q_SIGNALS:
    /// An import ended (after its report dialog was opened).
    void importFinished(const QList<ImportReport>& reports, bool cancelled);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void rebuildRecentMenu();
    void newWorkspace();
    /// Makes the workspace at `path` (".pvi" added when missing) and opens it; false, after
    /// showing why under `title`, when it cannot.
    bool createWorkspace(const QString& path, const QString& title);
    void openWorkspaceDialog();
    void importDialog();
    void onImportFinished(const QList<ImportReport>& reports, bool cancelled);
    void chooseExports();
    /// Shows the one-line note over the pages for the open workspace (the demo says what it is).
    void updateWorkspaceNote();
    void applyFilter(const PeriodFilter& filter);
    /// Shows the filter bar as the current page uses it: enabled or not, its resolved period.
    void syncFilterBar();
    void showError(const QString& title, const QString& message);

    QStackedWidget* m_views; ///< the start page, or the dashboard
    StartPage* m_start;
    QWidget* m_dashboard = nullptr;
    QLabel* m_workspaceNote = nullptr;
    QAction* m_closeAction = nullptr;
    RemovalUndo* m_undo = nullptr; ///< Edit › Undo of the Data page's removals
    bool m_quietImport = false;    ///< the running import is the demo's: no report dialog
    QString m_workspacePath;
    QString m_readOnlyReason;
    QAction* m_importAction = nullptr;
    QLabel* m_readOnlyBadge = nullptr;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    FilterBar* m_filterBar;
    ImportController* m_import;
    QPointer<ImportWizard> m_wizard;
    QMenu* m_recentMenu = nullptr;
    ReportActions* m_reports = nullptr;
    QList<Page*> m_pages;
    AppearanceActions* m_appearance = nullptr; ///< View › Theme and Zoom, Edit › Preferences
};

/// The files among `paths` that look like exports (by extension): CSV, TSV, text, and the
/// containers the import decodes (.xlsx workbooks, .zip archives, gzipped files).
QStringList csvFilesOnly(const QStringList& paths);

} // namespace pvi
