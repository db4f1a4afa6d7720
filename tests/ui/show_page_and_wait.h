#pragma once

#include "pages/page.h"
#include "shell/main_window.h"

#include <QSignalSpy>
#include <QString>

namespace pvi::test {

/// Shows the window's page `id` and waits until its data is shown; false when it never is.
inline bool showPageAndWait(MainWindow& window, const QString& id) {
    Page* page = window.page(id);
    if (!page)
        return false;
    QSignalSpy loaded(page, &Page::loaded);
    window.showPage(id);
    return !page->isBusy() || loaded.wait(60000) || !loaded.isEmpty();
}

} // namespace pvi::test
