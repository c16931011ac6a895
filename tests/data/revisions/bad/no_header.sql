CREATE TABLE users (id integer);

-- migrate:upgrade
ALTER TABLE users ADD COLUMN email text;

-- migrate:downgrade
ALTER TABLE users DROP COLUMN email;
