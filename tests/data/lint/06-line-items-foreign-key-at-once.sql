-- dialect: postgres
-- expect: add-constraint-without-not-valid@6, unnamed-constraint@12
-- Tie line items to products, and forbid negative quantities.
ALTER TABLE line_items ADD COLUMN product_id bigint;

ALTER TABLE line_items
    ADD CONSTRAINT line_items_product_fk FOREIGN KEY (product_id)
    REFERENCES products (id);

-- Someone forgot to name this one; at least it is NOT VALID.
-- (The server will call it line_items_quantity_check.)
ALTER TABLE line_items ADD CHECK (quantity > 0) NOT VALID;
