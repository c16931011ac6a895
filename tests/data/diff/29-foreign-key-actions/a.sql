CREATE TABLE customers (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE
);
CREATE TABLE warehouses (id integer PRIMARY KEY);
CREATE TABLE staff (id integer PRIMARY KEY);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES customers (id),
    customer_code text,
    warehouse_id integer DEFAULT 1,
    sales_rep_id integer,
    approved_by integer DEFAULT 0
);
