CREATE TABLE invoices (
    id integer PRIMARY KEY,
    customer text NOT NULL
);
CREATE TABLE queue_items (
    id integer PRIMARY KEY,
    payload jsonb NOT NULL,
    enqueue_order bigserial
);
