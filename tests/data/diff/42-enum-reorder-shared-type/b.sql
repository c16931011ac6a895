CREATE TYPE severity AS ENUM ('debug', 'info', 'warning', 'error');
CREATE TABLE log_entries (
    id bigint PRIMARY KEY,
    severity severity NOT NULL DEFAULT 'info',
    message text NOT NULL
);
CREATE TABLE alert_rules (
    id integer PRIMARY KEY,
    min_severity severity
);
