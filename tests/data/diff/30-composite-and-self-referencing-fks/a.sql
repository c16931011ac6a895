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
    PRIMARY KEY (tenant_id, id)
);
