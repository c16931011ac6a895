-- dialect: postgres
-- expect: drop-not-null@5, reindex-non-concurrently@9, table-rewrite-lock@12
-- Nicknames become optional; rebuild the bloated posts indexes while at it.
ALTER TABLE users ALTER COLUMN nickname DROP DEFAULT;
ALTER TABLE users ALTER COLUMN nickname DROP NOT NULL;

UPDATE users SET nickname = NULL WHERE nickname = '';

REINDEX INDEX posts_published_at_idx;

-- Reorders posts on disk under ACCESS EXCLUSIVE.
CLUSTER posts USING posts_published_at_idx;
