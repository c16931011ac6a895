CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT,
    email TEXT,
    phone TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX contacts_email_lower_idx ON contacts (lower(trim(email)));
CREATE INDEX contacts_full_name_idx ON contacts (coalesce(last_name, '') || ', ' || first_name);
CREATE INDEX contacts_created_month_idx ON contacts (strftime('%Y-%m', created_at) DESC);
CREATE INDEX contacts_phone_idx ON contacts (replace(phone, ' ', '')) WHERE phone IS NOT NULL AND phone <> '';
