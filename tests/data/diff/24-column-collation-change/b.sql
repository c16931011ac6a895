CREATE TABLE cities (
    id integer PRIMARY KEY,
    name text COLLATE "C" NOT NULL,
    code varchar(10),
    country text COLLATE "C"
);
CREATE INDEX cities_name ON cities (name);
