-- revision: 8099b75e64f8
-- down_revision: b01e0c1779de
-- message: rename addresses zip to postal_code
-- created: 2026-02-12T16:45:00Z
-- transactional: true

-- migrate:upgrade
-- We ship outside the US: "zip" confuses the support team.
ALTER TABLE addresses RENAME COLUMN zip TO postal_code;

-- migrate:downgrade
ALTER TABLE addresses RENAME COLUMN postal_code TO zip;
