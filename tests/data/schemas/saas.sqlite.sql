-- A multi-tenant SaaS: tenants, members with roles, projects, audit log, soft deletes. SQLite.
CREATE TABLE tenants (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    plan TEXT NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'team', 'business', 'enterprise')),
    seats INTEGER NOT NULL DEFAULT 3 CHECK (seats > 0),
    settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    deleted_at TEXT
) WITHOUT ROWID;

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    password_hash TEXT,
    deleted_at TEXT
);
CREATE UNIQUE INDEX users_email_live_key ON users (lower(email)) WHERE deleted_at IS NULL;

CREATE TABLE memberships (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'viewer' CHECK (role IN ('viewer', 'editor', 'admin', 'owner')),
    invited_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);
CREATE UNIQUE INDEX memberships_one_owner_key ON memberships (tenant_id) WHERE role = 'owner';

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    "key" TEXT NOT NULL,
    name TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT projects_tenant_key_key UNIQUE (tenant_id, "key"),
    CONSTRAINT projects_key_upper CHECK ("key" = upper("key"))
);
CREATE INDEX projects_active_idx ON projects (tenant_id) WHERE archived = 0;

CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    actor_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    subject TEXT,
    details TEXT,
    at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX audit_events_tenant_idx ON audit_events (tenant_id, at DESC);

CREATE VIEW active_tenants AS SELECT id, slug, name, plan FROM tenants WHERE deleted_at IS NULL;

CREATE VIEW tenant_seat_usage AS
    SELECT t.id AS tenant_id, count(m.user_id) AS used
    FROM active_tenants t LEFT JOIN memberships m ON m.tenant_id = t.id
    GROUP BY t.id;

CREATE TRIGGER tenants_soft_delete_cascades AFTER UPDATE OF deleted_at ON tenants
WHEN NEW.deleted_at IS NOT NULL
BEGIN
    UPDATE projects SET archived = 1 WHERE tenant_id = NEW.id;
END;
