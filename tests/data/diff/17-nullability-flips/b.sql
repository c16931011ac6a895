CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    phone text,
    display_name text NOT NULL,
    last_login timestamptz DEFAULT now()
);
