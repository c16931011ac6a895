-- dialect: postgres
-- expect: parse-error@14
-- A SQL-standard function for order totals, and a column whose statement has a typo.
CREATE FUNCTION order_total_cents(p_order_id bigint) RETURNS bigint
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(sum(quantity * unit_price_cents), 0)
      FROM line_items
     WHERE order_id = p_order_id;
END;

ALTER TABLE orders ADD COLUMN total_cents bigint;

ALTER TABLE orders ALTER COLUMN total_cents SET DEFAUT 0;
