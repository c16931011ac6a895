CREATE TABLE page_views (
    id bigint NOT NULL,
    viewed_at timestamptz NOT NULL,
    path text NOT NULL
);
CREATE TABLE staging_rows (
    id integer PRIMARY KEY,
    payload jsonb
);
