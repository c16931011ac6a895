CREATE TABLE cart_lines (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    line_total numeric GENERATED ALWAYS AS (quantity * unit_price) STORED
);
