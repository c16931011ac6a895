CREATE TABLE users (id integer PRIMARY KEY, name text, email varchar(200) NOT NULL DEFAULT '');
