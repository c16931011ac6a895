CREATE SCHEMA legacy;
CREATE TABLE legacy.imports (id integer PRIMARY KEY, payload text);
CREATE TABLE accounts (id integer PRIMARY KEY, name text NOT NULL);
