CREATE TABLE documents (
    id integer PRIMARY KEY,
    body text NOT NULL,
    search tsvector,
    metadata jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    valid_during tstzrange,
    checksum text
);
CREATE INDEX documents_created_at ON documents (created_at);
