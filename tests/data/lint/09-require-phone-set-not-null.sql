-- dialect: postgres
-- Step 2 of requiring customers.phone: the validated check lets SET NOT NULL skip its scan.
-- customers_phone_not_null was validated in the previous migration.
-- strata:ignore set-not-null
ALTER TABLE customers ALTER COLUMN phone SET NOT NULL;

ALTER TABLE customers DROP CONSTRAINT customers_phone_not_null;
