CREATE TABLE invoices (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    amount numeric(10,2) NOT NULL,
    paid boolean NOT NULL DEFAULT false
);
CREATE VIEW unpaid_invoices AS SELECT id, customer, amount FROM invoices WHERE NOT paid;
CREATE VIEW invoice_totals AS SELECT customer, sum(amount) AS total FROM invoices GROUP BY customer;
