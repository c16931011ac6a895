-- revision: 8a12d3e370d7
-- down_revision: ef7fa47fe416
-- message: put existing products in uncategorized
-- created: 2026-02-05T11:00:00Z
-- transactional: true

-- migrate:upgrade
-- Data migration: the storefront lists products by category, so every product
-- that exists today goes into a catch-all category.
INSERT INTO categories (slug, name) VALUES ('uncategorized', 'Uncategorized');
INSERT INTO product_categories (product_id, category_id)
SELECT p.id, c.id
FROM products p, categories c
WHERE c.slug = 'uncategorized';

-- migrate:downgrade
DELETE FROM product_categories
WHERE category_id = (SELECT id FROM categories WHERE slug = 'uncategorized');
DELETE FROM categories WHERE slug = 'uncategorized';
