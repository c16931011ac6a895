-- dialect: sqlite
-- expect: add-not-null-column-without-default@5
-- Settings for the desktop app's accounts.
ALTER TABLE accounts ADD COLUMN theme TEXT NOT NULL DEFAULT 'system';
ALTER TABLE accounts ADD COLUMN timezone TEXT NOT NULL;
ALTER TABLE accounts ADD COLUMN backup_path TEXT CHECK (backup_enabled = 0 OR backup_path IS NOT NULL);
ALTER TABLE accounts ADD COLUMN display_name TEXT GENERATED ALWAYS AS (coalesce(nickname, email)) VIRTUAL;
ALTER TABLE accounts ADD COLUMN locale TEXT COLLATE NOCASE NOT NULL DEFAULT 'en';
