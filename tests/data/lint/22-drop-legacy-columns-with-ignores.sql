-- dialect: postgres
-- expect: unused-ignore@15, unused-ignore@19, drop-column@20
-- Drop the columns the v3 API stopped using two releases ago (reviewed one by one).
-- strata:ignore drop-column
ALTER TABLE users DROP COLUMN password_md5;

ALTER TABLE users DROP COLUMN legacy_avatar_url; -- strata:ignore drop-column

-- strata:ignore drop-column, drop-not-null
ALTER TABLE users
    DROP COLUMN IF EXISTS signup_ip,
    ALTER COLUMN nickname DROP NOT NULL;

-- Left over from when this statement still dropped the table:
-- strata:ignore drop-table
ALTER TABLE users DROP CONSTRAINT users_signup_ip_check;

-- A misspelt id silences nothing, so the drop below is still reported.
-- strata:ignore drop-colum
ALTER TABLE accounts DROP COLUMN fax_number;
