// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QString>

#include <optional>

namespace strata {

/// A revision argument as the user types it (DESIGN §3): a full id or a unique prefix (4+
/// characters), `head`, `heads`, `base`, relative `+N` / `-N`, or `<rev>+N` / `<rev>-N`
/// where rev may also be `head` or `base`. Parsing only checks the form; MigrationPlanner
/// resolves it against a graph and a database state.
struct RevisionSpec
{
    enum class Kind {
        Revision, ///< an id or prefix in `revision`, moved by `offset` steps
        Head,     ///< the single head, moved by `offset`
        Heads,    ///< every head
        Base,     ///< nothing applied; with an offset, steps up from the single base
        Relative, ///< `offset` steps from the database's current state
    };

    Kind kind = Kind::Head;
    QString revision;
    int offset = 0;
    QString text; ///< as typed, for messages

    static Result<RevisionSpec> parse(QStringView text);
};

class RevisionGraph;

/// Resolves a spec naming one revision (an id or prefix, head or base, each with an offset;
/// not `heads` or a bare +N/-N, which depend on a database's state). std::nullopt means base.
/// Errors (ErrorCode::Usage) name ambiguous heads, branch points and merge points.
Result<std::optional<int>> resolveRevision(const RevisionGraph &graph, const RevisionSpec &spec);

} // namespace strata
