CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    handle varchar(100) NOT NULL,
    balance numeric(14,4) NOT NULL DEFAULT 0,
    opened_at timestamptz NOT NULL
);
CREATE TABLE transfers (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    amount numeric(14,4) NOT NULL,
    booked_at timestamptz
);
