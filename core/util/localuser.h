// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace strata {

/// "alice@build-7": who runs this process, and where, for history rows and lock holders.
/// USER, then LOGNAME, then the password database (services and containers often set
/// neither), then "uid1000".
QString localUserAtHost();

} // namespace strata
