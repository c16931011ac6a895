CREATE TYPE ticket_status AS ENUM ('open', 'pending', 'closed');
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    status ticket_status NOT NULL DEFAULT 'open',
    subject text NOT NULL
);
CREATE INDEX tickets_status ON tickets (status);
