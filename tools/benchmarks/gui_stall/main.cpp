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
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <utility>

namespace {

constexpr qint64 kNoticeableMs = 50;

/// The GUI thread's CPU time so far, in ms.
qint64 threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

/// The application, timing every event it delivers on the GUI thread: the longest one (in the
/// GUI thread's CPU time) is what a gap is made of, and its receiver says whose it is.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return deliver(receiver, event);
        const qint64 before = threadCpuMs();
        // The receiver and the nearest named object above it (a page, a chart's page).
        QString what = QString::fromLatin1(receiver->metaObject()->className()) +
                       QStringLiteral(" event ") + QString::number(int(event->type()));
        for (QObject* o = receiver; o; o = o->parent())
            if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_"))) {
                what += QStringLiteral(" in ") + o->objectName();
                break;
            }
        const bool result = deliver(receiver, event);
        const qint64 spent = threadCpuMs() - before;
        if (spent > m_longestMs) {
            m_longestMs = spent;
            m_longestWhat = what;
        }
        if (spent >= 2)
            m_sinceTick << QStringLiteral("%1 ms %2").arg(spent).arg(what);
        return result;
    }
    /// The events of 2 ms or more since the last call, longest first.
    QStringList takeSinceTick() { return std::exchange(m_sinceTick, {}); }
    /// Forgets the longest event so far.
    void resetLongest() {
        m_longestMs = 0;
        m_longestWhat.clear();
    }
    qint64 longestMs() const { return m_longestMs; }
    const QString& longestWhat() const { return m_longestWhat; }

private:
    bool deliver(QObject* receiver, QEvent* event) {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }

    int m_depth = 0;
    QStringList m_sinceTick;
    qint64 m_longestMs = 0;
    QString m_longestWhat;
};

TimedApplication* timedApp() {
    return static_cast<TimedApplication*>(QCoreApplication::instance());
}

/// The longest time between two ticks of a 10 ms timer on the GUI thread, and the most CPU time
/// the GUI thread spent between two ticks: on a machine shared with other work the gap also
/// holds time the thread waited for a core, the CPU time only what the window itself did.
class StallMeter {
public:
    StallMeter() {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 cpu = threadCpuMs();
            m_longest = std::max(m_longest, now - m_last);
            const QStringList events = timedApp()->takeSinceTick();
            if (cpu - m_lastCpu > m_longestBusy) {
                m_longestBusy = cpu - m_lastCpu;
                m_busiest = events;
            }
            if (now - m_last > kNoticeableMs)
                ++m_stalls;
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start() {
        m_longest = 0;
        m_longestBusy = 0;
        m_busiest.clear();
        m_stalls = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        timedApp()->resetLongest();
        timedApp()->takeSinceTick();
        m_timer.start(10);
    }
    void stop() { m_timer.stop(); }
    qint64 longest() const { return m_longest; }
    qint64 longestBusy() const { return m_longestBusy; }
    /// The events of 2 ms or more between the two ticks with the most CPU time between them.
    const QStringList& busiest() const { return m_busiest; }
    int stalls() const { return m_stalls; }
    qint64 elapsed() const { return m_clock.elapsed(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longest = 0;
    qint64 m_longestBusy = 0;
    QStringList m_busiest;
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
                "notices (target <= 1x), %d gaps over it; most GUI-thread CPU time between two "
                "ticks %lld ms\n",
                what, meter.elapsed() / 1000.0, static_cast<long long>(meter.longest()),
                double(meter.longest()) / kNoticeableMs, static_cast<long long>(kNoticeableMs),
                meter.stalls(), static_cast<long long>(meter.longestBusy()));
    std::printf("  the longest event on the GUI thread: %lld ms CPU, %s\n",
                static_cast<long long>(timedApp()->longestMs()),
                qPrintable(timedApp()->longestWhat()));
    std::printf("  between the two ticks with the most CPU time: %s\n",
                qPrintable(meter.busiest().join(QStringLiteral("; "))));
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
            std::printf("  the longest gap so far, %lld ms (CPU %lld ms), came with the %s page\n",
                        static_cast<long long>(meter.longest()),
                        static_cast<long long>(meter.longestBusy()), qPrintable(entry.id));
    }
    meter.stop();
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
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
    if (!QTest::qWaitForWindowExposed(&window)) // its first paint is not the import's
        return 1;
    if (!window.openWorkspace(freshWorkspace(work, QStringLiteral("gui-stall.pvi"))))
        return 1;
    importThroughWindow(window, orders, meter, 0, nullptr);
    report("import", meter);
    recomputeEveryPage(window, meter);
    report("recompute (every page)", meter);

    pvi::MainWindow second;
    second.show();
    if (!QTest::qWaitForWindowExposed(&second))
        return 1;
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
