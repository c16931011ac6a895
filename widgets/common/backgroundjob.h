// SPDX-License-Identifier: MIT
#pragma once

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

namespace strata::ui {

/// Runs the blocking core call @p work on Qt's thread pool and hands its result to @p done
/// on @p context's thread. If @p context is destroyed first, the result is dropped: @p work
/// must therefore own everything it touches (capture values and shared pointers, never the
/// widget). Returns the future, for callers that must wait for it (a closing session).
template<typename Work, typename Done>
QFuture<std::invoke_result_t<Work>> runInBackground(QObject *context, Work work, Done done)
{
    using Value = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Value>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    QFuture<Value> future = QtConcurrent::run(std::move(work));
    watcher->setFuture(future);
    return future;
}

/// Latest job wins: each job takes a ticket, and only the newest ticket's result counts.
class JobTicket
{
public:
    int next() { return ++m_latest; }
    bool isLatest(int ticket) const { return ticket == m_latest; }

private:
    int m_latest = 0;
};

} // namespace strata::ui
