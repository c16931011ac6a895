-- revision: 0735e31862ce
-- down_revision: 5d3436d904ac
-- message: add marketing opt in to users
-- created: 2026-04-29T13:35:00Z
-- transactional: true

-- migrate:upgrade
ALTER TABLE users ADD COLUMN marketing_opt_in INTEGER NOT NULL DEFAULT 0
    CHECK (marketing_opt_in IN (0, 1));

-- migrate:downgrade
ALTER TABLE users DROP COLUMN marketing_opt_in;
