CREATE TABLE documents (
    id integer PRIMARY KEY,
    body text NOT NULL,
    search tsvector,
    metadata jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    valid_during tstzrange,
    checksum text
);
CREATE INDEX documents_created_at ON documents USING brin (created_at) WITH (pages_per_range = 32);
CREATE INDEX documents_metadata ON documents USING gin (metadata);
CREATE INDEX documents_metadata_paths ON documents USING gin (metadata jsonb_path_ops);
CREATE INDEX documents_search ON documents USING gin (search);
CREATE INDEX documents_body_fts ON documents USING gist (to_tsvector('english', body));
CREATE INDEX documents_valid_during ON documents USING gist (valid_during);
CREATE INDEX documents_checksum ON documents USING hash (checksum);
