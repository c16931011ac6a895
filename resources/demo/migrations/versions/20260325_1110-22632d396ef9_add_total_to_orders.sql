-- revision: 22632d396ef9
-- down_revision: 69772d7008f6
-- message: add total to orders
-- created: 2026-03-25T11:10:00Z
-- transactional: true

-- migrate:upgrade
ALTER TABLE orders ADD COLUMN total_cents INTEGER NOT NULL DEFAULT 0
    CHECK (total_cents >= 0);
-- Backfill: the items at the price they were sold at, minus the coupon discount.
UPDATE orders
SET total_cents = MAX(0,
    (SELECT COALESCE(SUM(oi.quantity * oi.unit_price_cents), 0)
     FROM order_items oi
     WHERE oi.order_id = orders.id) - discount_cents);

-- migrate:downgrade
ALTER TABLE orders DROP COLUMN total_cents;
