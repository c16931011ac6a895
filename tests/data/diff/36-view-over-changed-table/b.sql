CREATE TABLE invoices (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    amount numeric(14,2) NOT NULL,
    paid boolean NOT NULL DEFAULT false,
    due_on date
);
CREATE VIEW unpaid_invoices AS SELECT id, customer, amount FROM invoices WHERE NOT paid;
CREATE VIEW invoice_totals AS SELECT customer, sum(amount) AS total FROM invoices GROUP BY customer;
