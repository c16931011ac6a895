-- dialect: postgres
-- transactional: false
-- Move events to a bigint key: build the new key's index concurrently, then attach it.
ALTER TABLE events ADD COLUMN id_new bigint;

CREATE UNIQUE INDEX CONCURRENTLY events_pkey_new ON events (id_new);

-- The constraint takes the index's name, events_pkey_new: nothing is made up.
ALTER TABLE events DROP CONSTRAINT events_pkey,
    ADD PRIMARY KEY USING INDEX events_pkey_new;
