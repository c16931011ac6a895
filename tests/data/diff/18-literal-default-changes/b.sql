CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'pending',
    currency char(3) DEFAULT 'EUR',
    priority smallint,
    gift boolean NOT NULL DEFAULT false,
    discount numeric(5,2) NOT NULL DEFAULT 5.00
);
