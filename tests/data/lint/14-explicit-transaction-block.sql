-- dialect: postgres
-- expect: transaction-statement@4, transaction-statement@15
-- Split coupon rules out of coupons, wrapped in a transaction by habit.
BEGIN;

CREATE TABLE coupon_rules (coupon_id bigint PRIMARY KEY REFERENCES coupons (id), min_order_cents bigint NOT NULL);
INSERT INTO coupon_rules (coupon_id, min_order_cents) SELECT id, min_order_cents FROM coupons;

-- A savepoint is fine: it does not end Strata's transaction.
SAVEPOINT before_discount_fix;
UPDATE coupons SET discount_pct = 100 WHERE discount_pct > 100;
RELEASE SAVEPOINT before_discount_fix;

-- This ends the migration's transaction early.
COMMIT;
