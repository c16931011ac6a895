CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT);
CREATE TABLE cities (id INTEGER PRIMARY KEY, name TEXT NOT NULL, country_code TEXT REFERENCES countries (code));
