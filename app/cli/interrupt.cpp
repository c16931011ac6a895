// SPDX-License-Identifier: MIT
#include "interrupt.h"

#include <csignal>

#include <unistd.h>

namespace strata::cli {

namespace {

std::atomic_bool *interrupted = nullptr;

extern "C" void onInterrupt(int signal)
{
    static const char message[] = "\nstrata: stopping at the next safe point (again to quit at once)\n";
    (void)!write(STDERR_FILENO, message, sizeof message - 1);
    interrupted->store(true);
    std::signal(signal, SIG_DFL); // the next one is not asked twice
}

} // namespace

CancelToken interruptToken()
{
    static const CancelToken token = [] {
        CancelToken made;
        interrupted = made.flag();
        static_assert(std::atomic_bool::is_always_lock_free);
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
        return made;
    }();
    return token;
}

} // namespace strata::cli
