-- dialect: postgres
-- expect: set-not-null@13
-- Every user gets a locale: backfill, then require it (the direct, locking way).
ALTER TABLE users ADD COLUMN locale text;
ALTER TABLE users ALTER COLUMN locale SET DEFAULT 'en';

UPDATE users
   SET locale = coalesce(substring(accept_language FROM '^[a-z]{2}'), 'en')
 WHERE locale IS NULL
   AND id BETWEEN 1 AND 50000;

-- Scans all of users under ACCESS EXCLUSIVE.
ALTER TABLE users
    ALTER COLUMN locale SET NOT NULL;
