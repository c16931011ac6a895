-- revision: 2db29c74e6a9
-- down_revision: 294308bff801
-- message: create inventory movements
-- created: 2026-03-16T10:30:00Z
-- transactional: true

-- migrate:upgrade
-- Every change of products.stock is recorded, so stock can be audited and rebuilt.
CREATE TABLE inventory_movements (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    delta INTEGER NOT NULL CHECK (delta <> 0),
    reason TEXT NOT NULL
        CHECK (reason IN ('initial', 'restock', 'sale', 'return', 'adjustment')),
    order_id INTEGER REFERENCES orders (id) ON DELETE SET NULL,
    note TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX inventory_movements_product_id_idx
    ON inventory_movements (product_id, created_at);

-- migrate:downgrade
DROP INDEX inventory_movements_product_id_idx;
DROP TABLE inventory_movements;
