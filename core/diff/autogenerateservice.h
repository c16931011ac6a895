// SPDX-License-Identifier: MIT
#pragma once

#include "changescript.h"
#include "config/connectionchoice.h"
#include "lint/linter.h"
#include "migrate/migrationservice.h"
#include "project/project.h"
#include "project/revisionauthor.h"

namespace strata {

/// What `makemigrations` found between the schema the revisions build and the models.
struct DetectedChanges
{
    QList<SchemaChange> changes;
    ChangeScript upgrade;   ///< head -> models
    ChangeScript downgrade; ///< models -> head
    QStringList untracked;  ///< what the models hold that autodetection does not follow

    bool isEmpty() const { return changes.isEmpty(); }
};

/// Autodetection for `makemigrations` (DESIGN §5). Two scratch databases of the chosen
/// connection's dialect are built: one by replaying every revision's upgrade section from
/// base to head, one from the models files. Both are introspected and diffed. The user's
/// database is never read or written; on PostgreSQL its server hosts the temporary
/// scratch databases unless [database].shadow_url names one. Blocks.
namespace AutogenerateService {

/// A rename the user states (`makemigrations --rename old=new`), which autodetection never
/// guesses: a table ("users=people") or a table's column ("users.name=full_name").
struct Rename
{
    QString table;
    QString column; ///< empty for a table rename
    QString to;
};
/// Reads "old=new" or "table.old=new" ("table.old=table.new" too).
Result<Rename> parseRename(const QString &text);

/// @p renames, applied in their order, come first in the changes; the rest is diffed
/// against the head schema as the renames leave it.
Result<DetectedChanges> detect(const Project &project, const ConnectionChoice &choice,
                               const QList<Rename> &renames = {});

/// A drop and an add that may be one rename, never guessed: "users.name -> users.full_name",
/// and the --rename argument that makes it one, "users.name=full_name".
struct PossibleRename
{
    QString description;
    QString argument;
};

/// What makemigrations shows before it writes anything: the detected changes, the two
/// sections as they will be written (possible renames noted in the upgrade), and the review
/// of the upgrade, with the line numbers it will have in the file.
struct MigrationDraft
{
    DetectedChanges detected;
    QList<PossibleRename> possibleRenames;
    QString upgrade;
    QString downgrade;
    bool transactional = true;
    QList<LintFinding> findings;

    bool isEmpty() const { return detected.isEmpty(); }
};
Result<MigrationDraft> draft(const Project &project, const ConnectionChoice &choice,
                             const QList<Rename> &renames = {});

/// Adopts an existing database (`strata baseline`): writes a first revision that creates
/// its schema from nothing (and whose downgrade drops it), then stamps the database at it,
/// running none of its SQL. Refused when the project has revisions already or the database
/// holds no schema.
Result<RevisionAuthor::WrittenRevision> baseline(const Project &project, const ConnectionChoice &choice,
                                                 const QString &message);

/// What `check --drift` found: how the live database differs from what its applied
/// revisions build (someone changed it by hand).
struct DriftReport
{
    int appliedRevisions = 0;
    QList<SchemaChange> changes; ///< from the applied revisions' schema to the live one
};
Result<DriftReport> drift(const Project &project, MigrationService &service);

/// The live database's schema, without Strata's bookkeeping tables. Reads only.
Result<Schema> liveSchema(const Project &project, MigrationService &service);
/// The DDL that creates @p schema in an empty database.
QString schemaDdl(const Schema &schema, Dialect dialect);
/// The live database's schema as DDL (`strata inspect`): rendered from the catalogs on
/// PostgreSQL, SQLite's own stored CREATE statements on SQLite. Strata's tables left out.
Result<QString> liveDdl(const Project &project, MigrationService &service);
/// The SQL that takes the live database to the models (`strata diff`).
Result<ChangeScript> sqlToModels(const Project &project, MigrationService &service);

/// The schema every revision builds, all branches, parents first: what a new migration is
/// written against (an editor completes table and column names from it). Replayed on a
/// scratch database like makemigrations' head schema, and cached the same way.
Result<Schema> revisionsSchema(const Project &project, const ConnectionChoice &choice);

/// The models files in the order they are applied: each [project].models pattern's
/// matches, sorted.
QStringList modelFiles(const ProjectConfig &config);

/// A database's schema, whichever its dialect.
Result<Schema> readSchema(Connection &connection, const QStringList &excludedTables);

/// @p script as a revision file section: its notes as comments, then its statements.
QString sectionText(const ChangeScript &script);

} // namespace AutogenerateService

} // namespace strata
