CREATE TABLE articles (
    id integer PRIMARY KEY,
    slug varchar(80) NOT NULL,
    title varchar(200) NOT NULL,
    word_count integer,
    rating numeric(3,1),
    published_at timestamp
);
