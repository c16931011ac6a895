-- dialect: postgres
-- expect: rename-table@4, rename-column@5, rename-column@7
-- Rename clients to customers, the word the product uses everywhere now.
ALTER TABLE clients RENAME TO customers;
ALTER TABLE customers RENAME COLUMN client_since TO customer_since;

ALTER TABLE invoices RENAME client_id TO customer_id;

-- Renaming constraints, indexes and sequences breaks no query.
ALTER TABLE customers RENAME CONSTRAINT clients_pkey TO customers_pkey;
ALTER INDEX clients_email_key RENAME TO customers_email_key;
ALTER SEQUENCE clients_id_seq RENAME TO customers_id_seq;

-- The old name stays readable for the running version until it is deployed.
CREATE VIEW clients AS SELECT * FROM customers;
