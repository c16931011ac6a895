// SPDX-License-Identifier: MIT
#include "lintrule.h"

using namespace Qt::StringLiterals;

namespace strata {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity severity : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityName(severity) == name)
            return severity;
    }
    return std::nullopt;
}

const QList<LintRule> &lintRules()
{
    static const QList<LintRule> rules = {
        // Destructive
        {u"drop-table"_s, Severity::Error, u"drops a table"_s,
         u"Every row of the table is gone, and so is everything that still reads it: a running "
         u"application version that selects from it starts failing at once."_s,
         u"Stop using the table first (deploy code that no longer reads or writes it), back the data up, "
         u"then drop it in a later migration, and silence this rule there."_s,
         u"-- strata:ignore drop-table\nDROP TABLE legacy_sessions;"_s},
        {u"drop-column"_s, Severity::Error, u"drops a column"_s,
         u"The column's data is gone, and a running application version that still names the column "
         u"fails on every query that does."_s,
         u"Deploy code that no longer uses the column first, then drop it in a later migration and "
         u"silence this rule there."_s,
         u"-- strata:ignore drop-column\nALTER TABLE users DROP COLUMN legacy_code;"_s},
        {u"drop-schema"_s, Severity::Error, u"drops a schema or a database"_s,
         u"Everything in it is gone; with CASCADE, everything that depends on it too."_s,
         u"Drop the objects you mean to drop one by one, each in its own reviewed migration."_s,
         u"DROP TABLE reporting.daily_totals;"_s},
        {u"truncate"_s, Severity::Error, u"empties a table with TRUNCATE"_s,
         u"Every row is deleted under an ACCESS EXCLUSIVE lock; with CASCADE, the rows of every table "
         u"that references it too. Nothing can be rolled back after the migration commits."_s,
         u"Delete what you mean to delete with a DELETE ... WHERE, in batches for large tables."_s,
         u"DELETE FROM sessions WHERE expires_at < now() - interval '30 days';"_s},
        {u"drop-not-null"_s, Severity::Warning, u"drops a NOT NULL constraint"_s,
         u"Code that relies on the column always holding a value starts reading NULLs once anyone "
         u"writes one."_s,
         u"Make sure every reader handles NULL before the constraint goes."_s,
         u"ALTER TABLE users ALTER COLUMN nickname DROP NOT NULL;"_s},
        {u"narrow-column-type"_s, Severity::Error, u"changes a column to a type that holds less"_s,
         u"A shorter varchar, a smaller integer, fewer digits or decimals, a date instead of a timestamp: "
         u"rows whose values do not fit make the migration fail after it has locked the table and read "
         u"it, and with a USING cast they are cut or rounded without a word. The downgrade of a widening "
         u"migration is such a change. PostgreSQL; the old type is read from the migrations before this one."_s,
         u"Find the values that do not fit first (SELECT ... WHERE length(code) > 20) and fix them, or "
         u"keep the wider type and enforce the limit with a CHECK constraint added NOT VALID, then "
         u"validated: no rewrite, no lost data."_s,
         u"ALTER TABLE products ADD CONSTRAINT products_code_length CHECK (length(code) <= 20) NOT VALID;\n"
         u"ALTER TABLE products VALIDATE CONSTRAINT products_code_length;"_s},

        // Locks and rewrites on a busy table
        {u"create-index-non-concurrently"_s, Severity::Error, u"creates an index without CONCURRENTLY"_s,
         u"CREATE INDEX holds a SHARE lock on the table until the index is built: every INSERT, UPDATE "
         u"and DELETE waits, for minutes on a large table."_s,
         u"CREATE INDEX CONCURRENTLY, in a migration marked `transactional: false` (it cannot run in a "
         u"transaction). On a table created in the same migration, a plain CREATE INDEX is fine."_s,
         u"-- transactional: false\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);"_s},
        {u"drop-index-non-concurrently"_s, Severity::Warning, u"drops an index without CONCURRENTLY"_s,
         u"DROP INDEX takes an ACCESS EXCLUSIVE lock on the table: reads and writes wait behind it, and "
         u"it waits behind every long query."_s,
         u"DROP INDEX CONCURRENTLY, in a migration marked `transactional: false`."_s,
         u"-- transactional: false\nDROP INDEX CONCURRENTLY users_email_idx;"_s},
        {u"reindex-non-concurrently"_s, Severity::Error, u"rebuilds an index without CONCURRENTLY"_s,
         u"REINDEX locks out writes to the table, and reads that would use the index, until it is done."_s,
         u"REINDEX ... CONCURRENTLY, in a migration marked `transactional: false`."_s,
         u"-- transactional: false\nREINDEX INDEX CONCURRENTLY users_email_idx;"_s},
        {u"concurrently-in-transaction"_s, Severity::Error, u"uses CONCURRENTLY in a transactional migration"_s,
         u"PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY inside a transaction "
         u"block, and Strata runs this migration in one: it fails."_s,
         u"Mark the migration `-- transactional: false` and keep the concurrent statement alone in it."_s,
         u"-- transactional: false\nCREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);"_s},
        {u"add-constraint-without-not-valid"_s, Severity::Error,
         u"adds a CHECK or FOREIGN KEY constraint that is checked at once"_s,
         u"Adding the constraint scans the whole table to check every row while holding a lock that "
         u"blocks writes (a foreign key locks the referenced table too)."_s,
         u"Add it NOT VALID (only new rows are checked), then VALIDATE CONSTRAINT in a later statement: "
         u"validation takes a lock that lets reads and writes go on."_s,
         u"ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
         u"ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;"_s},
        {u"add-unique-constraint"_s, Severity::Warning, u"adds a UNIQUE or PRIMARY KEY constraint that builds its index"_s,
         u"The index behind the constraint is built under an ACCESS EXCLUSIVE lock: nothing reads or "
         u"writes the table until it is done."_s,
         u"Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (in a non-transactional "
         u"migration), then add the constraint USING INDEX, which is instant."_s,
         u"CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n"
         u"ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;"_s},
        {u"alter-column-type"_s, Severity::Warning, u"changes a column's type"_s,
         u"Most type changes rewrite the whole table and its indexes under an ACCESS EXCLUSIVE lock. "
         u"A longer varchar, varchar to text, more numeric precision at the same scale or more "
         u"fractional seconds change only the catalog, and are not reported when the old type is known "
         u"from earlier migrations."_s,
         u"Add a new column, backfill it in batches, switch the code over, then drop the old column."_s,
         u"ALTER TABLE orders ADD COLUMN total_cents bigint;"_s},
        {u"set-not-null"_s, Severity::Warning, u"sets NOT NULL on an existing column"_s,
         u"SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock."_s,
         u"Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL: PostgreSQL uses the "
         u"valid check and skips the scan. Drop the check afterwards."_s,
         u"ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n"
         u"ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\n"
         u"ALTER TABLE users ALTER COLUMN email SET NOT NULL;"_s},
        {u"add-column-rewrites"_s, Severity::Error,
         u"adds a column with a volatile default, identity, serial or stored generated value"_s,
         u"Every existing row needs its own value, so the whole table is rewritten under an ACCESS "
         u"EXCLUSIVE lock. (A constant default does not rewrite since PostgreSQL 11.)"_s,
         u"Add the column without the default, set the default for new rows, and backfill old rows "
         u"in batches."_s,
         u"ALTER TABLE orders ADD COLUMN token uuid;\nALTER TABLE orders ALTER COLUMN token SET DEFAULT gen_random_uuid();"_s},
        {u"table-rewrite-lock"_s, Severity::Error, u"runs VACUUM FULL or CLUSTER"_s,
         u"Both rewrite the whole table under an ACCESS EXCLUSIVE lock; VACUUM cannot even run in a "
         u"transaction."_s,
         u"Do this in a maintenance window, outside migrations, or use pg_repack."_s,
         u"-- outside migrations, in a maintenance window\nVACUUM FULL orders;"_s},
        {u"lock-timeout-disabled"_s, Severity::Error, u"turns off the lock timeout"_s,
         u"Strata sets lock_timeout so that a migration waiting for a lock gives up instead of making "
         u"every query queue behind it. With the timeout off, one long transaction stalls the application. "
         u"SET lock_timeout = 0, set_config('lock_timeout', '0', ...), RESET lock_timeout and RESET ALL "
         u"(back to the server's default, 0 unless configured) all turn it off."_s,
         u"Keep the timeout; raise [database].lock_timeout or use --lock-timeout if it is too short."_s,
         u"SET LOCAL lock_timeout = '30s';"_s},

        // Breaking for running clients
        {u"rename-table"_s, Severity::Warning, u"renames a table"_s,
         u"The running application version still uses the old name and fails until the new code is "
         u"deployed."_s,
         u"Create the new table or a view under the new name, move the code over, then drop the old name."_s,
         u"CREATE VIEW customers AS SELECT * FROM clients;"_s},
        {u"rename-column"_s, Severity::Warning, u"renames a column"_s,
         u"The running application version still uses the old name and fails until the new code is "
         u"deployed."_s,
         u"Add the new column, write both, backfill, move reads over, then drop the old column."_s,
         u"ALTER TABLE users ADD COLUMN full_name text;"_s},
        {u"add-not-null-column-without-default"_s, Severity::Error,
         u"adds a NOT NULL column without a default"_s,
         u"On a table with rows the statement fails; on an empty one, the running application version "
         u"fails on every INSERT that does not name the new column."_s,
         u"Give the column a default, or add it nullable, backfill, then set NOT NULL."_s,
         u"ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';"_s},

        // Hygiene
        {u"timestamp-without-time-zone"_s, Severity::Warning, u"uses timestamp without time zone"_s,
         u"The value carries no zone: the same instant reads differently depending on the session's "
         u"TimeZone, and comparisons across zones go wrong."_s,
         u"Use timestamptz (timestamp with time zone)."_s, u"ALTER TABLE events ADD COLUMN at timestamptz;"_s},
        {u"char-type"_s, Severity::Warning, u"uses char(n)"_s,
         u"char(n) pads with spaces, which comparisons and lengths then trip over, and is no faster "
         u"than text."_s,
         u"Use text or varchar(n)."_s, u"ALTER TABLE countries ADD COLUMN code text;"_s},
        {u"int-primary-key"_s, Severity::Warning, u"uses a 32-bit integer primary key"_s,
         u"An integer key overflows at 2,147,483,647 rows, and widening it later rewrites the table and "
         u"every table that references it."_s,
         u"Use bigint (bigint GENERATED ALWAYS AS IDENTITY, or bigserial)."_s,
         u"CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);"_s},
        {u"identifier-too-long"_s, Severity::Error, u"uses an identifier longer than 63 bytes"_s,
         u"PostgreSQL silently cuts identifiers to 63 bytes: two long names can become the same one, "
         u"and the name in the database is not the name in the file."_s,
         u"Use a shorter name."_s, u"CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);"_s},
        {u"unnamed-constraint"_s, Severity::Info, u"adds a constraint without a name"_s,
         u"The server makes a name up, so later migrations that alter or drop the constraint must guess it."_s,
         u"Name it: CONSTRAINT <table>_<column>_<kind> ..."_s,
         u"ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;"_s},
        {u"transaction-statement"_s, Severity::Error, u"controls the transaction itself (BEGIN, COMMIT, ROLLBACK)"_s,
         u"Strata runs a migration in its own transaction together with its bookkeeping. A COMMIT inside "
         u"ends that transaction early: a later failure leaves half the migration applied and unrecorded. "
         u"A migration marked `transactional: false` may group statements in BEGIN ... COMMIT; PREPARE "
         u"TRANSACTION is reported everywhere, as the prepared transaction keeps its locks after the "
         u"session ends."_s,
         u"Remove it. For statements that cannot run in a transaction, mark the migration "
         u"`-- transactional: false`."_s,
         u"-- transactional: false\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);"_s},
        {u"parse-error"_s, Severity::Error, u"is not valid SQL"_s,
         u"The database's own parser rejects the statement: the migration fails when it reaches it."_s,
         u"Fix the statement; the message gives the position."_s, u"SELECT 1;"_s},
        {u"unused-ignore"_s, Severity::Warning, u"has a strata:ignore comment that silences nothing"_s,
         u"The comment names a rule that does not fire on its statement (or no rule at all): either the "
         u"statement changed, or the id is misspelt, and the comment would hide a later finding."_s,
         u"Remove the comment, or correct the rule id."_s, u"-- strata:ignore drop-column\nALTER TABLE t DROP COLUMN c;"_s},
    };
    return rules;
}

const LintRule *findLintRule(const QString &id)
{
    for (const LintRule &rule : lintRules()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

} // namespace strata
