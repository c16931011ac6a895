-- dialect: postgres
-- expect: add-constraint-without-not-valid@4
-- Products get a discount percentage, limited to 0..100 by a check written on the column.
ALTER TABLE products ADD COLUMN discount_pct integer
    CONSTRAINT products_discount_pct_range CHECK (discount_pct BETWEEN 0 AND 100);
