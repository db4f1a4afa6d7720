#pragma once

#include "pvi/engine/period_filter.h"
#include "shell/background_load.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

namespace pvi {

/// One page of the main window (Overview, Segments, ...). A page knows the workspace's path and
/// the dashboard filter; it loads its own data off the GUI thread when refreshed, and emits
/// `loaded()` once what it shows is complete. A hidden page refreshes when it is next shown.
class Page : public QWidget {
    Q_OBJECT
public:
    Page(QString id, QString title, QWidget* parent = nullptr);

    /// The stable lower-case id used on the command line (`--page overview`).
    const QString& id() const { return m_id; }
    /// The title shown in the navigation list.
    const QString& title() const { return m_title; }

    /// The workspace the page shows; empty for none.
    void setWorkspacePath(const QString& path);
    const QString& workspacePath() const { return m_workspacePath; }

    /// The period and comparison the page shows.
    void setFilter(const PeriodFilter& filter);
    const PeriodFilter& filter() const { return m_filter; }
    /// Whether what the page shows depends on the filter's period; a page that always uses all
    /// of the workspace's data (lifetime value, attribution, ...) says false.
    virtual bool followsFilter() const { return true; }
    /// The period the filter's preset last resolved to on this page; none before its first load.
    const std::optional<Period>& resolvedPeriod() const { return m_resolvedPeriod; }

    /// Reloads the page's data now (asynchronously); `loaded()` follows.
    void refresh();
    /// Draws the page again in the current theme and zoom: it reloads (now when shown, else when
    /// next shown), and its charts and tiles are rebuilt in the new colours and type.
    void restyle();
    /// True while the page is loading data.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The page's data has been loaded and is shown (also after a failed load with its message).
    void loaded();
    /// The filter's preset resolved against the workspace's data (e.g. the last 90 days).
    void periodResolved(const Period& period, const Period& comparison);
    /// A short message for the status bar.
    void statusMessage(const QString& message);
    /// The page changed the workspace's data (e.g. removed an import): other pages must reload.
    void workspaceChanged();

protected:
    /// Starts loading the page's data; call `finishLoading()` when it is shown.
    virtual void reload() = 0;
    /// The usual reload: with no workspace open, shows a `Data` whose `error` is `noWorkspace`
    /// at once; otherwise marks the page busy, runs `load(workspacePath, filter)` on the thread
    /// pool (it opens its own connection) and, back on the GUI thread, shows the result unless
    /// a newer reload started meanwhile. Either way `loaded()` follows.
    template <typename Data, typename Load, typename Show>
    void loadData(const QString& noWorkspace, Load load, Show show) {
        const quint64 generation = ++m_loadGeneration;
        if (m_workspacePath.isEmpty()) {
            Data none;
            none.error = noWorkspace;
            showThenFinish(show, none);
            return;
        }
        setBusy(true);
        loadInBackground(
            this,
            [path = m_workspacePath, filter = m_filter, load = std::move(load)] {
                return load(path, filter);
            },
            [this, generation, show = std::move(show)](const Data& result) {
                if (generation != m_loadGeneration)
                    return; // superseded by a newer reload
                showThenFinish(show, result);
            });
    }
    /// Marks the page busy (shows the busy state); called by subclasses around their jobs.
    void setBusy(bool busy);
    /// Called when the page leaves or enters the busy state.
    virtual void busyChanged(bool busy);
    /// Ends the busy state and emits `loaded()`.
    void finishLoading();
    /// From loadData's `show`: runs `steps` one per event-loop turn (from the next), so that
    /// filling a page with many widgets and charts never holds the window for long; the page
    /// stays busy until the last step, then `loaded()` follows. A newer reload stops the rest.
    void showInSteps(QList<std::function<void()>> steps);
    void showEvent(QShowEvent* event) override;

private:
    void invalidate();
    /// Runs the next of m_steps unless a newer reload (`generation`) superseded them.
    void runStep(quint64 generation);
    /// Shows `data`, then finishes loading unless `show` went on in steps (showInSteps()).
    template <typename Data, typename Show> void showThenFinish(Show& show, const Data& result) {
        m_loadedHeld = false;
        show(result);
        if (!m_loadedHeld)
            finishLoading();
    }

    QString m_id;
    QString m_title;
    QString m_workspacePath;
    PeriodFilter m_filter;
    std::optional<Period> m_resolvedPeriod;
    quint64 m_loadGeneration = 0;
    bool m_stale = true;
    bool m_busy = false;
    bool m_loadedHeld = false;
    QList<std::function<void()>> m_steps;
    qsizetype m_nextStep = 0;
};

} // namespace pvi
