-- dialect: postgres
-- transactional: false
-- Enforce unique customer emails the non-blocking way: build the index, then attach it.
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS customers_email_key ON customers (lower(email));

CREATE UNIQUE INDEX CONCURRENTLY customers_handle_key ON customers (handle);

ALTER TABLE customers
    ADD CONSTRAINT customers_handle_key UNIQUE USING INDEX customers_handle_key;
