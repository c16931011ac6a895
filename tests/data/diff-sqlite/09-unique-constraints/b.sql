CREATE TABLE users (
    id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, handle TEXT, tenant INTEGER,
    CONSTRAINT users_tenant_handle_key UNIQUE (tenant, handle)
);
