CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    tenant_id INTEGER NOT NULL,
    handle TEXT NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);
CREATE UNIQUE INDEX users_tenant_handle_key ON users (tenant_id, handle);
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    prefix TEXT NOT NULL UNIQUE,
    label TEXT
);
