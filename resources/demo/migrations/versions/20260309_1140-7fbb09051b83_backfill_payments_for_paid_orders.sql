-- revision: 7fbb09051b83
-- down_revision: caf4b01066b3
-- message: backfill payments for paid orders
-- created: 2026-03-09T11:40:00Z
-- transactional: true

-- migrate:upgrade
-- Data migration: orders paid before the payments table existed get one captured
-- payment from the 'legacy' provider, for the sum of their items.
INSERT INTO payments (order_id, provider, amount_cents, status, created_at)
SELECT o.id,
       'legacy',
       (SELECT COALESCE(SUM(oi.quantity * oi.unit_price_cents), 0)
        FROM order_items oi WHERE oi.order_id = o.id),
       'captured',
       o.created_at
FROM orders o
WHERE o.status IN ('paid', 'shipped');

-- migrate:downgrade
DELETE FROM payments WHERE provider = 'legacy';
