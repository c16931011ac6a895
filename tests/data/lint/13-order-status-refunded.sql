-- dialect: postgres
-- transactional: false
-- New order statuses for refunds; ADD VALUE cannot be used in the transaction that adds it.
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'partially_refunded' BEFORE 'refunded';

UPDATE orders SET status = 'refunded'
 WHERE status = 'paid' AND refunded_at IS NOT NULL;
