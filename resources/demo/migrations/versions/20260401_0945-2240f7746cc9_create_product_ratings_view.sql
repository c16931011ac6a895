-- revision: 2240f7746cc9
-- down_revision: 22632d396ef9
-- message: create product ratings view
-- created: 2026-04-01T09:45:00Z
-- transactional: true

-- migrate:upgrade
CREATE VIEW product_ratings AS
SELECT p.id AS product_id,
       p.sku,
       COUNT(r.id) AS review_count,
       ROUND(AVG(r.rating), 2) AS average_rating
FROM products p
LEFT JOIN reviews r ON r.product_id = p.id
GROUP BY p.id, p.sku;

-- migrate:downgrade
DROP VIEW product_ratings;
