CREATE TABLE cities (
    id integer PRIMARY KEY,
    name text NOT NULL,
    code varchar(10) COLLATE "C",
    country text COLLATE "POSIX"
);
CREATE INDEX cities_name ON cities (name);
