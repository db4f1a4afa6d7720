// bench_gui_stall ORDERS.csv WORK_DIR: how responsive the window stays while it works.
//
//   import     the window imports ORDERS.csv into a new workspace (the import wizard's job,
//              off the GUI thread); the longest gap between ticks of a 10 ms timer
//   recompute  every page of the window loaded again for a new period, one after another, the
//              run cache emptied first (a full recompute); the same longest gap
//   cancel     the same import cancelled after 1.5 s: how long until it stops, and whether the
//              workspace holds any batch afterwards (it must not)
//
// Each gap is printed against the 50 ms a user notices (target: ratio <= 1).
#include "import/import_controller.h"
#include "importers/import_batches.h"
#include "pages/page.h"
#include "pages/page_catalog.h"
#include "pvi/engine/pvi_run_cache.h"
#include "shell/main_window.h"
#include "store/workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {

constexpr qint64 kNoticeableMs = 50;

/// The longest time between two ticks of a 10 ms timer on the GUI thread.
class StallMeter {
public:
    StallMeter() {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            if (now - m_last > kNoticeableMs)
                ++m_stalls;
            m_last = now;
        });
    }
    void start() {
        m_longest = 0;
        m_stalls = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start(10);
    }
    void stop() { m_timer.stop(); }
    qint64 longest() const { return m_longest; }
    int stalls() const { return m_stalls; }
    qint64 elapsed() const { return m_clock.elapsed(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_stalls = 0;
};

QString freshWorkspace(const QString& dir, const QString& name) {
    const QString path = QDir(dir).filePath(name);
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto opened = pvi::Workspace::open(path, pvi::Workspace::Mode::CreateOrOpen);
    if (!opened.workspace) {
        std::fprintf(stderr, "bench_gui_stall: %s\n", qPrintable(opened.error));
        std::exit(1);
    }
    return path;
}

void report(const char* what, const StallMeter& meter) {
    std::printf("gui %s: %.1f s, longest GUI-thread gap %lld ms, ratio %.2fx the %lld ms a user "
                "notices (target <= 1x), %d gaps over it\n",
                what, meter.elapsed() / 1000.0, static_cast<long long>(meter.longest()),
                double(meter.longest()) / kNoticeableMs, static_cast<long long>(kNoticeableMs),
                meter.stalls());
    std::fflush(stdout);
}

/// Imports `orders` through the window; with `cancelAfterMs` > 0 clicks Cancel then. Returns
/// whether the import was cancelled.
bool importThroughWindow(pvi::MainWindow& window, const QString& orders, StallMeter& meter,
                         int cancelAfterMs, qint64* stoppedAfterMs) {
    QEventLoop loop;
    bool cancelled = false;
    QObject::connect(&window, &pvi::MainWindow::importFinished, &loop,
                     [&](const QList<pvi::ImportReport>&, bool wasCancelled) {
                         cancelled = wasCancelled;
                         loop.quit();
                     });
    QElapsedTimer sinceCancel;
    if (cancelAfterMs > 0)
        QTimer::singleShot(cancelAfterMs, &window, [&] {
            sinceCancel.start();
            window.importController()->cancel();
        });
    meter.start();
    window.importFiles({orders});
    loop.exec();
    meter.stop();
    if (stoppedAfterMs)
        *stoppedAfterMs = sinceCancel.isValid() ? sinceCancel.elapsed() : -1;
    // The report dialog the import opens.
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w != &window && w->isVisible())
            w->close();
    return cancelled;
}

/// Every page loaded again for a new period, the run cache emptied first.
void recomputeEveryPage(pvi::MainWindow& window, StallMeter& meter) {
    pvi::PviRunCache::shared().invalidate(window.workspacePath());
    meter.start();
    pvi::PeriodFilter filter;
    filter.preset = pvi::PeriodFilter::Preset::Last365Days;
    window.setFilter(filter);
    QTest::qWait(30);
    if (meter.longest() > kNoticeableMs)
        std::printf("  the longest gap so far, %lld ms, came with the new filter\n",
                    static_cast<long long>(meter.longest()));
    for (const pvi::PageEntry& entry : pvi::pageCatalog()) {
        pvi::Page* page = window.page(entry.id);
        QEventLoop loop;
        QObject::connect(page, &pvi::Page::loaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        const qint64 before = meter.longest();
        window.showPage(entry.id);
        if (page->isBusy())
            loop.exec();
        QTest::qWait(30); // the page's first paint
        if (meter.longest() > before && meter.longest() > kNoticeableMs)
            std::printf("  the longest gap so far, %lld ms, came with the %s page\n",
                        static_cast<long long>(meter.longest()), qPrintable(entry.id));
    }
    meter.stop();
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PVI Studio Benchmarks"));
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_gui_stall ORDERS.csv WORK_DIR\n");
        return 2;
    }
    const QString orders = args[1];
    const QString work = args[2];
    QDir().mkpath(work);
    StallMeter meter;

    pvi::MainWindow window;
    window.resize(1440, 900);
    window.show();
    if (!window.openWorkspace(freshWorkspace(work, QStringLiteral("gui-stall.pvi"))))
        return 1;
    importThroughWindow(window, orders, meter, 0, nullptr);
    report("import", meter);
    recomputeEveryPage(window, meter);
    report("recompute (every page)", meter);

    pvi::MainWindow second;
    second.show();
    const QString cancelled = freshWorkspace(work, QStringLiteral("gui-stall-cancel.pvi"));
    if (!second.openWorkspace(cancelled))
        return 1;
    qint64 stoppedAfter = -1;
    const bool wasCancelled = importThroughWindow(second, orders, meter, 1500, &stoppedAfter);
    auto opened = pvi::Workspace::open(cancelled, pvi::Workspace::Mode::OpenExisting);
    const std::size_t batches =
        opened.workspace ? pvi::listImportBatches(*opened.workspace).size() : 99;
    std::printf("gui cancel: %s %lld ms after Cancel (target <= 1,000 ms); batches afterwards: %zu "
                "(must be 0 when stopped); longest GUI-thread gap %lld ms\n",
                wasCancelled ? "stopped" : "finished before Cancel,",
                static_cast<long long>(stoppedAfter), batches,
                static_cast<long long>(meter.longest()));
    return 0;
}
