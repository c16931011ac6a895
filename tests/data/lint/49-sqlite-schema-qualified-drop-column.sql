-- dialect: sqlite
-- expect: drop-column@4, rename-column@5
-- The app keeps analytics in the main database file; remove the raw IP address.
ALTER TABLE main.visits DROP COLUMN ip_address;
ALTER TABLE main.visits RENAME COLUMN ua TO user_agent;
