-- revision: 56fd9fb3b3d1
-- down_revision: e050ec0768aa
-- message: create reviews table
-- created: 2026-03-10T17:15:00Z
-- transactional: true

-- migrate:upgrade
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- one review per customer and product
    UNIQUE (product_id, user_id)
);
CREATE INDEX reviews_user_id_idx ON reviews (user_id);

-- migrate:downgrade
DROP INDEX reviews_user_id_idx;
DROP TABLE reviews;
