CREATE TABLE devices (
    id integer PRIMARY KEY,
    external_id varchar(36),
    settings text,
    is_active integer NOT NULL DEFAULT 1,
    tags text,
    port_numbers integer[],
    aliases varchar(20)[]
);
