CREATE TABLE customers (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE
);
CREATE TABLE warehouses (id integer PRIMARY KEY);
CREATE TABLE staff (id integer PRIMARY KEY);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES customers (id) ON UPDATE CASCADE ON DELETE CASCADE,
    customer_code text REFERENCES customers (code) ON UPDATE CASCADE ON DELETE RESTRICT,
    warehouse_id integer DEFAULT 1 REFERENCES warehouses (id) ON UPDATE RESTRICT ON DELETE SET DEFAULT,
    sales_rep_id integer REFERENCES staff (id) ON UPDATE SET NULL ON DELETE SET NULL,
    approved_by integer DEFAULT 0 REFERENCES staff (id) ON UPDATE SET DEFAULT ON DELETE NO ACTION
);
