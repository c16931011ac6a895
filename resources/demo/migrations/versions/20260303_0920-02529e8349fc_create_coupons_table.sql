-- revision: 02529e8349fc
-- down_revision: a93bdfb61c20
-- message: create coupons table
-- created: 2026-03-03T09:20:00Z
-- transactional: true

-- migrate:upgrade
CREATE TABLE coupons (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    percent_off INTEGER CHECK (percent_off BETWEEN 1 AND 100),
    amount_off_cents INTEGER CHECK (amount_off_cents > 0),
    valid_from TEXT,
    valid_until TEXT,
    max_redemptions INTEGER CHECK (max_redemptions > 0),
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- exactly one kind of discount
    CHECK ((percent_off IS NULL) <> (amount_off_cents IS NULL))
);

-- migrate:downgrade
DROP TABLE coupons;
