#include "shell/screenshot_runner.h"

#include "pages/page.h"
#include "pages/page_catalog.h"
#include "shell/main_window.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace pvi {

ScreenshotRunner::ScreenshotRunner(MainWindow* window, QString pageId, QString outputPath,
                                   QSize size, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_pageId(std::move(pageId))
    , m_output(std::move(outputPath))
    , m_size(size) {}

bool ScreenshotRunner::start() {
    if (m_pageId == u"start"_s && m_window->showsStartPage()) {
        // No workspace: the start page, which loads nothing.
        m_window->resize(m_size);
        m_window->show();
        QTimer::singleShot(0, this, &ScreenshotRunner::capture);
        return true;
    }
    Page* page = m_window->page(m_pageId);
    if (!page) {
        QStringList ids;
        for (const PageEntry& entry : pageCatalog())
            ids.append(entry.id);
        std::fprintf(stderr, "pvi-studio: no page '%s' (pages: %s)\n", qPrintable(m_pageId),
                     qPrintable(ids.join(u", "_s)));
        return false;
    }
    // Capture after the page's data is shown; a queued call lets pending layouts and chart
    // scenes update first.
    connect(
        page, &Page::loaded, this,
        [this] { QTimer::singleShot(0, this, &ScreenshotRunner::capture); },
        Qt::SingleShotConnection);
    m_window->showPage(m_pageId);
    m_window->resize(m_size);
    m_window->show();
    return true;
}

void ScreenshotRunner::capture() {
    // Apply the layout requests the new data posted (tiles, chart scenes) before painting.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap pixmap = m_window->grab();
    if (!pixmap.save(m_output, "PNG")) {
        std::fprintf(stderr, "pvi-studio: could not write %s\n", qPrintable(m_output));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace pvi
