-- revision: be5897c99349
-- down_revision: None
-- message: create customers and orders
-- created: 2026-12-02T15:34:30Z
-- transactional: true

-- migrate:upgrade
CREATE TABLE customers (
    id INTEGER,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE (email)
);
CREATE TABLE orders (
    id INTEGER,
    customer_id INTEGER NOT NULL,
    total_cents INTEGER NOT NULL DEFAULT 0,
    placed_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    FOREIGN KEY (customer_id) REFERENCES customers (id)
);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

-- migrate:downgrade
DROP INDEX orders_customer_id_idx;
DROP TABLE orders;
DROP TABLE customers;
