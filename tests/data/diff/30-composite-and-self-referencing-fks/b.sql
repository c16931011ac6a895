CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE projects (
    tenant_id integer NOT NULL REFERENCES tenants (id),
    id integer NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE TABLE tasks (
    tenant_id integer NOT NULL,
    id integer NOT NULL,
    project_id integer NOT NULL,
    parent_id integer,
    title text NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT tasks_project_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT tasks_parent_fkey FOREIGN KEY (tenant_id, parent_id) REFERENCES tasks (tenant_id, id) ON DELETE CASCADE
);
CREATE TABLE categories (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES categories (id) ON DELETE SET NULL,
    name text NOT NULL
);
