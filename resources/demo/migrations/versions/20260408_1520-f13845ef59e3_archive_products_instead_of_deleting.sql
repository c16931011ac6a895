-- revision: f13845ef59e3
-- down_revision: 2240f7746cc9
-- message: archive products instead of deleting
-- created: 2026-04-08T15:20:00Z
-- transactional: true

-- migrate:upgrade
-- Products that were ever ordered cannot be deleted (order_items points at them):
-- archive them instead. The storefront only looks at products that are not archived.
ALTER TABLE products ADD COLUMN archived_at TEXT;
CREATE INDEX products_active_sku_idx ON products (sku) WHERE archived_at IS NULL;

-- migrate:downgrade
DROP INDEX products_active_sku_idx;
ALTER TABLE products DROP COLUMN archived_at;
