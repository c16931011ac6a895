-- revision: f2e16ac531f5
-- down_revision: 8099b75e64f8
-- message: store unit price on order items
-- created: 2026-02-17T09:05:00Z
-- transactional: true

-- migrate:upgrade
-- An order must keep the price it was placed at, whatever happens to the product
-- later. SQLite cannot add a NOT NULL column without a default, so the table is
-- rebuilt (https://sqlite.org/lang_altertable.html#otheralter). Existing rows take
-- the product's current price.
CREATE TABLE order_items_new (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    PRIMARY KEY (order_id, product_id)
);
INSERT INTO order_items_new (order_id, product_id, quantity, unit_price_cents)
SELECT oi.order_id, oi.product_id, oi.quantity, COALESCE(p.price_cents, 0)
FROM order_items oi
LEFT JOIN products p ON p.id = oi.product_id;
DROP TABLE order_items;
ALTER TABLE order_items_new RENAME TO order_items;

-- migrate:downgrade
-- Move the current table aside first, so that order_items comes back with its
-- original CREATE TABLE text. Safe here: no other table, view or trigger refers
-- to order_items at this revision.
ALTER TABLE order_items RENAME TO order_items_old;
CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);
INSERT INTO order_items (order_id, product_id, quantity)
SELECT order_id, product_id, quantity FROM order_items_old;
DROP TABLE order_items_old;
