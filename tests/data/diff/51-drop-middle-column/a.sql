CREATE TABLE employees (
    id integer PRIMARY KEY,
    first_name text NOT NULL,
    middle_name text,
    last_name text NOT NULL,
    hired_on date
);
