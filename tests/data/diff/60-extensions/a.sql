CREATE EXTENSION pg_trgm;
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
CREATE INDEX users_email_trgm ON users USING gin (email gin_trgm_ops);
