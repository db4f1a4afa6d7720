#include "pvi/engine/work_pool.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

namespace pvi {

QThreadPool& workPool() {
    // Owned by the application object, so it waits for its tasks when the application ends,
    // before the function-local statics they use (the run cache) are destroyed; as Qt's global
    // pool does. Without an application object it lives as long as the process.
    static QMutex mutex;
    static QPointer<QThreadPool> pool;
    QMutexLocker lock(&mutex);
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        pool->setObjectName(QStringLiteral("pvi work pool"));
    }
    return *pool;
}

} // namespace pvi
