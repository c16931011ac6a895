CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    viewed_at timestamptz NOT NULL,
    path text NOT NULL
);
CREATE TABLE staging_rows (
    id integer,
    payload jsonb
);
