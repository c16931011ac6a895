CREATE TYPE ticket_state AS ENUM ('new', 'assigned', 'waiting', 'resolved');
CREATE TABLE support_tickets (
    id integer PRIMARY KEY,
    state ticket_state NOT NULL DEFAULT 'new',
    assignee text
);
CREATE INDEX support_tickets_unresolved ON support_tickets (assignee) WHERE state <> 'resolved';
