CREATE TABLE articles (
    id bigint PRIMARY KEY,
    slug varchar(255) NOT NULL,
    title text NOT NULL,
    word_count bigint,
    rating numeric(6,3),
    published_at timestamptz
);
