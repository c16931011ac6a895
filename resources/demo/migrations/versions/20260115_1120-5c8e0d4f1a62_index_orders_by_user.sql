-- revision: 5c8e0d4f1a62
-- down_revision: a93f6b1d2e7c
-- message: index orders by user
-- created: 2026-01-15T11:20:00Z
-- transactional: true

-- migrate:upgrade
CREATE INDEX orders_user_id_idx ON orders (user_id, created_at);

-- migrate:downgrade
DROP INDEX orders_user_id_idx;
