CREATE TABLE invoices (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    legacy_no serial
);
CREATE TABLE queue_items (
    id integer PRIMARY KEY,
    payload jsonb NOT NULL
);
