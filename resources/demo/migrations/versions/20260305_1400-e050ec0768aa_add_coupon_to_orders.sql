-- revision: e050ec0768aa
-- down_revision: 02529e8349fc
-- message: add coupon to orders
-- created: 2026-03-05T14:00:00Z
-- transactional: true

-- migrate:upgrade
ALTER TABLE orders ADD COLUMN coupon_id INTEGER REFERENCES coupons (id);
ALTER TABLE orders ADD COLUMN discount_cents INTEGER NOT NULL DEFAULT 0
    CHECK (discount_cents >= 0);
CREATE INDEX orders_coupon_id_idx ON orders (coupon_id) WHERE coupon_id IS NOT NULL;

-- migrate:downgrade
DROP INDEX orders_coupon_id_idx;
ALTER TABLE orders DROP COLUMN discount_cents;
ALTER TABLE orders DROP COLUMN coupon_id;
