CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, handle TEXT, tenant INTEGER, CONSTRAINT users_handle_key UNIQUE (handle));
