-- dialect: postgres
-- transactional: false
-- Build the shipping-status index without blocking writes, then retire the old one.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_shipping_status_idx
    ON orders (shipping_status)
    WHERE shipping_status <> 'delivered';

DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;

ANALYZE orders;
