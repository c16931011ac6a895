// SPDX-License-Identifier: MIT
#include "migrationstatus.h"

namespace strata {

QList<qint64> StatusReport::appliedOrder() const
{
    QList<qint64> order;
    order.reserve(revisions.size());
    for (const RevisionStatus &status : revisions)
        order.append(status.lastRecord ? status.lastRecord->id : -1);
    return order;
}

} // namespace strata
