CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    tenant_id INTEGER NOT NULL,
    handle TEXT NOT NULL,
    CONSTRAINT users_tenant_handle_key UNIQUE (tenant_id, handle)
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    prefix TEXT NOT NULL,
    label TEXT
);
CREATE UNIQUE INDEX api_keys_prefix_key ON api_keys (prefix);
