#include "pages/page.h"

#include <QTimer>

#include <utility>

namespace pvi {

Page::Page(QString id, QString title, QWidget* parent)
    : QWidget(parent)
    , m_id(std::move(id))
    , m_title(std::move(title)) {
    setObjectName(m_id + QLatin1String("Page"));
    connect(this, &Page::periodResolved, this,
            [this](const Period& period) { m_resolvedPeriod = period; });
}

void Page::setWorkspacePath(const QString& path) {
    m_workspacePath = path;
    invalidate();
}

void Page::setFilter(const PeriodFilter& filter) {
    if (filter == m_filter && !m_stale)
        return;
    m_filter = filter;
    invalidate();
}

void Page::refresh() {
    m_stale = false;
    reload();
}

void Page::restyle() {
    invalidate();
}

void Page::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    busyChanged(busy);
}

void Page::busyChanged(bool) {}

void Page::finishLoading() {
    setBusy(false);
    Q_EMIT loaded();
}

void Page::showInSteps(QList<std::function<void()>> steps) {
    m_loadedHeld = true;
    m_steps = std::move(steps);
    m_nextStep = 0;
    // The first step too in a turn of its own: the event that delivered the data has copied it.
    QTimer::singleShot(1, this, [this, generation = m_loadGeneration] { runStep(generation); });
}

void Page::runStep(quint64 generation) {
    if (generation != m_loadGeneration)
        return; // a newer reload shows newer data
    if (m_nextStep < m_steps.size()) {
        const auto step = m_steps.at(m_nextStep++);
        step();
    }
    if (m_nextStep < m_steps.size()) {
        // A timer, not a posted call: due timers (and so the window's own) run between steps.
        QTimer::singleShot(1, this, [this, generation] { runStep(generation); });
        return;
    }
    m_steps.clear();
    finishLoading();
}

void Page::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void Page::invalidate() {
    m_stale = true;
    if (isVisible())
        refresh();
}

} // namespace pvi
