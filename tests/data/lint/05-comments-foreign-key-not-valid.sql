-- dialect: postgres
-- Link blog comments to their authors without scanning comments under a lock.
ALTER TABLE comments ADD COLUMN author_id bigint;

ALTER TABLE comments
    ADD CONSTRAINT comments_author_fk FOREIGN KEY (author_id)
    REFERENCES authors (id) ON DELETE SET NULL
    NOT VALID;

-- Validation only takes SHARE UPDATE EXCLUSIVE: reads and writes go on.
ALTER TABLE comments VALIDATE CONSTRAINT comments_author_fk;

ALTER TABLE comments
    ADD CONSTRAINT comments_body_length CHECK (char_length(body) <= 10000) NOT VALID;
ALTER TABLE comments VALIDATE CONSTRAINT comments_body_length;
