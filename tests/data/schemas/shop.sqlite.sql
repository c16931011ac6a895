-- A small shop: catalogue, customers, orders, stock. SQLite.
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    category_id INTEGER NOT NULL REFERENCES categories (id),
    sku TEXT NOT NULL COLLATE NOCASE,
    name TEXT NOT NULL,
    description TEXT,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    vat_percent INTEGER NOT NULL DEFAULT 20,
    price_with_vat_cents INTEGER GENERATED ALWAYS AS (price_cents * (100 + vat_percent) / 100) VIRTUAL,
    discontinued INTEGER NOT NULL DEFAULT 0 CHECK (discontinued IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT products_sku_key UNIQUE (sku)
);
CREATE INDEX products_category_idx ON products (category_id) WHERE discontinued = 0;
CREATE INDEX products_name_lower_idx ON products (lower(name));

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    full_name TEXT NOT NULL,
    phone TEXT,
    marketing_opt_in INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE UNIQUE INDEX customers_email_key ON customers (lower(email));

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'cart' CHECK (status IN ('cart', 'placed', 'paid', 'shipped', 'cancelled')),
    placed_at TEXT,
    CONSTRAINT orders_placed_has_date CHECK (status = 'cart' OR placed_at IS NOT NULL)
);
CREATE INDEX orders_open_idx ON orders (customer_id, placed_at DESC) WHERE status IN ('placed', 'paid');

CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL,
    PRIMARY KEY (order_id, product_id)
) WITHOUT ROWID;

CREATE TABLE stock_levels (
    product_id INTEGER PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    on_hand INTEGER NOT NULL DEFAULT 0,
    reserved INTEGER NOT NULL DEFAULT 0,
    CHECK (reserved <= on_hand)
);

CREATE VIEW order_totals AS
    SELECT o.id AS order_id, o.customer_id, o.status, sum(i.quantity * i.unit_price_cents) AS total_cents
    FROM orders o JOIN order_items i ON i.order_id = o.id
    GROUP BY o.id, o.customer_id, o.status;

CREATE TRIGGER order_items_reserve AFTER INSERT ON order_items
BEGIN
    UPDATE stock_levels SET reserved = reserved + NEW.quantity WHERE product_id = NEW.product_id;
END;
