-- revision: 5d3436d904ac
-- down_revision: f13845ef59e3
-- message: index order items by product
-- created: 2026-04-15T10:00:00Z
-- transactional: true

-- migrate:upgrade
-- "Which orders contain this product?" scanned the whole table.
CREATE INDEX order_items_product_id_idx ON order_items (product_id);

-- migrate:downgrade
DROP INDEX order_items_product_id_idx;
