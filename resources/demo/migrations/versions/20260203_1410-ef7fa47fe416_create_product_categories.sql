-- revision: ef7fa47fe416
-- down_revision: 84677519802a
-- message: create product categories
-- created: 2026-02-03T14:10:00Z
-- transactional: true

-- migrate:upgrade
-- A product can sit in several categories.
CREATE TABLE product_categories (
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, category_id)
);
CREATE INDEX product_categories_category_id_idx ON product_categories (category_id);

-- migrate:downgrade
DROP INDEX product_categories_category_id_idx;
DROP TABLE product_categories;
