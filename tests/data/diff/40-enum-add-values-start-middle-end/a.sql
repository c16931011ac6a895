CREATE TYPE priority AS ENUM ('low', 'high');
CREATE TABLE issues (
    id integer PRIMARY KEY,
    priority priority NOT NULL DEFAULT 'low'
);
