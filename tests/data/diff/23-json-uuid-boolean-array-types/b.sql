CREATE TABLE devices (
    id integer PRIMARY KEY,
    external_id uuid,
    settings jsonb,
    is_active boolean NOT NULL DEFAULT true,
    tags text[],
    port_numbers bigint[],
    aliases text[]
);
