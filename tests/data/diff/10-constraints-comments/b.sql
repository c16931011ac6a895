CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL, balance numeric CONSTRAINT balance_positive CHECK (balance >= 0), CONSTRAINT accounts_email_key UNIQUE (email));
COMMENT ON TABLE accounts IS 'customer accounts';
COMMENT ON COLUMN accounts.email IS 'login, unique';
