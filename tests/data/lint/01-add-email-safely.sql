-- dialect: postgres
-- A nullable column with a constant default: no rewrite, no lock worth a finding.
ALTER TABLE users ADD COLUMN email text;
ALTER TABLE users ADD COLUMN newsletter boolean NOT NULL DEFAULT false;
