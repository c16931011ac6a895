CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    token text NOT NULL,
    started_at timestamptz NOT NULL,
    expires_at timestamptz,
    sequence_no bigint
);
