CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    country text,
    signed_up_at timestamptz
);
CREATE VIEW active_customers AS SELECT id, email, country, signed_up_at FROM customers WHERE active;
CREATE VIEW active_customers_by_country AS SELECT country, count(*) AS customers FROM active_customers GROUP BY country;
