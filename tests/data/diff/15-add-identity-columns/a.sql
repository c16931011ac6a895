CREATE TABLE audit_log (
    happened_at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    action text NOT NULL
);
CREATE TABLE import_rows (
    batch text NOT NULL,
    payload jsonb
);
