CREATE TABLE accounts (
    id integer PRIMARY KEY,
    handle varchar(30) NOT NULL,
    balance numeric(8,2) NOT NULL DEFAULT 0,
    opened_at timestamp NOT NULL
);
CREATE TABLE transfers (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts (id),
    amount numeric(8,2) NOT NULL,
    booked_at timestamp
);
