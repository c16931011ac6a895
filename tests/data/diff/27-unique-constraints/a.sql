CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    username text NOT NULL,
    tenant_id integer NOT NULL,
    external_ref text,
    CONSTRAINT users_external_ref_key UNIQUE (external_ref)
);
CREATE TABLE seats (
    id integer PRIMARY KEY,
    flight text NOT NULL,
    seat text NOT NULL,
    boarding_order integer NOT NULL
);
