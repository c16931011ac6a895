// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace strata::RevisionNaming {

/// A new random revision id: 12 lowercase hex digits (48 bits from the system's CSPRNG),
/// retried while @p isTaken says the id exists.
QString newId(const std::function<bool(const QString &)> &isTaken);

/// The message as a file-name slug: lower case, runs of anything but ASCII letters and
/// digits turned into one '_', at most 40 characters, no leading or trailing '_'.
QString slug(const QString &message);

/// `YYYYMMDD_HHMM-<id>_<slug>.sql`, the time in UTC (DESIGN §3).
QString fileName(const QDateTime &created, const QString &id, const QString &message);

} // namespace strata::RevisionNaming
