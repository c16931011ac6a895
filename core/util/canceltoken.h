// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

namespace strata {

/// A flag shared between the caller of a long core operation and the operation itself.
/// Copies share the flag; cancel() may be called from any thread. Core checks it between
/// steps that are safe to stop at (never inside a migration's transaction).
class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {
    }

    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }
    /// The flag itself, for a signal handler (storing to a lock-free atomic is
    /// async-signal-safe). It lives as long as any copy of the token.
    std::atomic_bool *flag() const { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace strata
