#include "pages/page.h"

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
