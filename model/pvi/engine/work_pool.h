#pragma once
// The thread pool of the app's own long work: page loads, imports, reports, the run cache's
// prefetch. Qt's global pool stays free for Qt's own short tasks: the raster paint engine splits
// large fills and lines across it and the GUI thread waits for them (QSemaphore), so a page load
// running there for a second froze painting for as long (bench_gui_stall measured 150–400 ms).

class QThreadPool;

namespace pvi {

/// The pool, as many threads as the machine has cores.
QThreadPool& workPool();

} // namespace pvi
