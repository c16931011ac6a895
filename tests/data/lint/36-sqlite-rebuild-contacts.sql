-- dialect: sqlite
-- Make contacts.email NOT NULL: SQLite cannot alter a column, so rebuild the table.
CREATE TABLE contacts_new (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT
);

INSERT INTO contacts_new (id, name, email, phone)
SELECT id, name, coalesce(email, ''), phone FROM contacts;

-- The rows were copied just above.
-- strata:ignore drop-table
DROP TABLE contacts;

ALTER TABLE contacts_new RENAME TO contacts;
CREATE UNIQUE INDEX contacts_email_idx ON contacts (email) WHERE email <> '';
