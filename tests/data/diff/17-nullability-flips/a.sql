CREATE TABLE users (
    id integer PRIMARY KEY,
    email text,
    phone text NOT NULL,
    display_name text,
    last_login timestamptz NOT NULL DEFAULT now()
);
