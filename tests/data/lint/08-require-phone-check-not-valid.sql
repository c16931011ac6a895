-- dialect: postgres
-- Step 1 of requiring customers.phone: a NOT VALID check, a backfill, validation.
ALTER TABLE customers
    ADD CONSTRAINT customers_phone_not_null CHECK (phone IS NOT NULL) NOT VALID;

UPDATE customers c
   SET phone = a.phone
  FROM addresses a
 WHERE a.customer_id = c.id
   AND a.is_default
   AND c.phone IS NULL;

UPDATE customers SET phone = '' WHERE phone IS NULL;

ALTER TABLE customers VALIDATE CONSTRAINT customers_phone_not_null;
