#pragma once

#include "pvi/engine/work_pool.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace pvi {

/// Runs `work` on the app's work pool (pvi/engine/work_pool.h) and, back on `owner`'s (GUI) thread,
/// hands its result to `done`. The watcher is a child of `owner`: when the owner is destroyed
/// first, the result is dropped and `done` is never called. (Qt 6.4's `QFuture::then(context, …)`
/// asserts when the context dies before the work finishes, so pages must not use it.)
template <typename Work, typename Done>
void loadInBackground(QObject* owner, Work work, Done done) {
    using Result = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<Result>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         // The result moved out, not copied: a large shop's page data is
                         // tens of MB, and copying it would hold the GUI thread.
                         if (!watcher->isCanceled())
                             done(watcher->future().takeResult());
                     });
    watcher->setFuture(QtConcurrent::run(&workPool(), std::move(work)));
}

} // namespace pvi
