CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
CREATE DOMAIN legacy_code AS varchar(8);
CREATE DOMAIN percent AS numeric(5,2) DEFAULT 0 CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE users (id integer PRIMARY KEY, address email NOT NULL, discount percent, code legacy_code);
