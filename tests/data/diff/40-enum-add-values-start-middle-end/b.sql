CREATE TYPE priority AS ENUM ('trivial', 'low', 'normal', 'high', 'critical');
CREATE TABLE issues (
    id integer PRIMARY KEY,
    priority priority NOT NULL DEFAULT 'low'
);
