-- dialect: postgres
-- transactional: false
-- Add orders.total_cents and backfill it batch by batch, committing as it goes.
ALTER TABLE orders ADD COLUMN total_cents bigint;
ALTER TABLE orders ALTER COLUMN total_cents SET DEFAULT 0;

-- The COMMIT is inside the DO body: each batch is its own transaction, not the migration's.
DO $backfill$
DECLARE
    last_id bigint := 0;
    max_id  bigint;
BEGIN
    SELECT coalesce(max(id), 0) INTO max_id FROM orders;
    WHILE last_id < max_id LOOP
        UPDATE orders o
           SET total_cents = (SELECT coalesce(sum(li.quantity * li.unit_price_cents), 0)
                                FROM line_items li WHERE li.order_id = o.id)
         WHERE o.id > last_id AND o.id <= last_id + 10000
           AND o.total_cents IS NULL;
        last_id := last_id + 10000;
        COMMIT;
    END LOOP;
END
$backfill$;
