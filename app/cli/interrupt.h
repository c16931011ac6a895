// SPDX-License-Identifier: MIT
#pragma once

#include "util/canceltoken.h"

namespace strata::cli {

/// The token Ctrl-C (SIGINT) and SIGTERM cancel: long operations (a dump, a restore, a run)
/// stop at their next safe point and clean up after themselves instead of dying half way.
/// A second signal ends the process at once. Installs the handlers on first use.
CancelToken interruptToken();

} // namespace strata::cli
