-- revision: c47d90a1e6f2
-- down_revision: 8b21e4d0c3a5
-- message: create orders table
-- created: 2026-01-08T10:05:00Z
-- transactional: true

-- migrate:upgrade
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);

-- migrate:downgrade
DROP TABLE order_items;
DROP TABLE orders;
