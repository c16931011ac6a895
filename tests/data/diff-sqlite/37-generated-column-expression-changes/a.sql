CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT,
    email TEXT NOT NULL,
    full_name TEXT GENERATED ALWAYS AS (first_name || ' ' || last_name) VIRTUAL,
    email_domain TEXT AS (substr(email, instr(email, '@') + 1)) STORED,
    initials TEXT AS (substr(first_name, 1, 1) || substr(last_name, 1, 1))
);
CREATE INDEX people_email_domain_idx ON people (email_domain);
CREATE TABLE line_items (
    id INTEGER PRIMARY KEY,
    unit_price INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    discount INTEGER NOT NULL DEFAULT 0,
    net INTEGER GENERATED ALWAYS AS (unit_price * quantity) STORED
);
