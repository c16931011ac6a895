-- revision: e2a7c9b05d31
-- down_revision: 5c8e0d4f1a62
-- message: add order status
-- created: 2026-01-20T15:45:00Z
-- transactional: true

-- migrate:upgrade
ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'paid', 'shipped', 'cancelled'));
-- Orders placed before statuses existed were all paid.
UPDATE orders SET status = 'paid';

-- migrate:downgrade
ALTER TABLE orders DROP COLUMN status;
