CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE COLLATE NOCASE, created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    published INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    CONSTRAINT posts_slug_key UNIQUE (author_id, slug)
);
CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE, body TEXT NOT NULL);
CREATE INDEX posts_published_idx ON posts (author_id) WHERE published = 1;
CREATE INDEX comments_post_idx ON comments (post_id);
CREATE VIEW published_posts AS SELECT p.id, p.title, u.email FROM posts p JOIN users u ON u.id = p.author_id WHERE p.published = 1;
CREATE TRIGGER comments_require_published BEFORE INSERT ON comments
WHEN (SELECT published FROM posts WHERE id = NEW.post_id) = 0
BEGIN
    SELECT RAISE(ABORT, 'post is not published');
END;
