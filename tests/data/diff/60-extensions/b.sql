CREATE EXTENSION citext;
CREATE SCHEMA ext;
CREATE EXTENSION hstore WITH SCHEMA ext;
CREATE TABLE users (id integer PRIMARY KEY, email citext NOT NULL UNIQUE, attributes ext.hstore);
