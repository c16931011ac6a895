-- dialect: postgres
-- expect: add-unique-constraint@5, alter-column-type@8, add-unique-constraint@11
-- Enforce unique customer emails, and give prices two more digits.
-- Builds the unique index under ACCESS EXCLUSIVE: the shop is down meanwhile.
ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);

-- Rewrites products and its indexes.
ALTER TABLE products ALTER COLUMN price TYPE numeric(14, 4) USING price::numeric(14, 4);

-- A unique column added to an existing table builds its index the same way.
ALTER TABLE products ADD COLUMN gtin text UNIQUE;

ALTER TABLE products ALTER COLUMN price SET DEFAULT 0;
