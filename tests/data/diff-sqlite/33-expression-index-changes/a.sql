CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT,
    email TEXT,
    phone TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX contacts_email_lower_idx ON contacts (lower(email));
CREATE INDEX contacts_full_name_idx ON contacts (last_name || ', ' || first_name);
CREATE INDEX contacts_created_month_idx ON contacts (substr(created_at, 1, 7));
CREATE INDEX contacts_phone_idx ON contacts (phone COLLATE NOCASE) WHERE phone IS NOT NULL;
