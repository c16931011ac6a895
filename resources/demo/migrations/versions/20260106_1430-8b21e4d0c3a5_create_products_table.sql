-- revision: 8b21e4d0c3a5
-- down_revision: 3f9a1c2b7d40
-- message: create products table
-- created: 2026-01-06T14:30:00Z
-- transactional: true

-- migrate:upgrade
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0)
);

-- migrate:downgrade
DROP TABLE products;
