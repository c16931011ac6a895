CREATE TABLE books (
    id integer PRIMARY KEY,
    title text NOT NULL,
    author_id integer
);
CREATE INDEX books_author ON books (author_id);
