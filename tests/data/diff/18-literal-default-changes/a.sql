CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL,
    currency char(3) DEFAULT 'USD',
    priority smallint DEFAULT 0,
    gift boolean,
    discount numeric(5,2) NOT NULL DEFAULT 0.00
);
