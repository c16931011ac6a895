CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    default_org_id integer
);
CREATE TABLE organizations (
    id integer PRIMARY KEY,
    name text NOT NULL,
    owner_id integer NOT NULL REFERENCES users (id),
    default_team_id integer
);
CREATE TABLE teams (
    id integer PRIMARY KEY,
    organization_id integer NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name text NOT NULL
);
CREATE TABLE memberships (
    team_id integer NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);
ALTER TABLE users ADD FOREIGN KEY (default_org_id) REFERENCES organizations (id) ON DELETE SET NULL;
ALTER TABLE organizations ADD FOREIGN KEY (default_team_id) REFERENCES teams (id) DEFERRABLE INITIALLY DEFERRED;
