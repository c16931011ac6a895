-- A blog with authors, posts, tags and threaded comments. SQLite.
CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    handle TEXT NOT NULL,
    display_name TEXT NOT NULL,
    bio TEXT,
    email TEXT NOT NULL COLLATE NOCASE,
    joined_on TEXT NOT NULL DEFAULT CURRENT_DATE,
    CONSTRAINT authors_handle_key UNIQUE (handle),
    CONSTRAINT authors_handle_format CHECK (handle NOT GLOB '*[^a-z0-9_]*')
);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'review', 'published', 'archived')),
    published_at TEXT,
    word_count INTEGER GENERATED ALWAYS AS (length(body) - length(replace(body, ' ', '')) + 1) STORED,
    CONSTRAINT posts_slug_key UNIQUE (author_id, slug),
    CONSTRAINT posts_published_has_date CHECK (state <> 'published' OR published_at IS NOT NULL)
);
CREATE INDEX posts_published_idx ON posts (published_at DESC) WHERE state = 'published';

CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);

CREATE TABLE post_tags (
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tags_tag_idx ON post_tags (tag_id);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES comments (id) ON DELETE CASCADE,
    author_name TEXT NOT NULL,
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    approved INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX comments_post_idx ON comments (post_id, created_at);
CREATE INDEX comments_pending_idx ON comments (created_at) WHERE approved = 0;

CREATE VIEW published_posts AS
    SELECT p.id, p.slug, p.title, a.handle AS author, p.published_at
    FROM posts p JOIN authors a ON a.id = p.author_id
    WHERE p.state = 'published';

CREATE TRIGGER comments_only_on_published BEFORE INSERT ON comments
WHEN (SELECT state FROM posts WHERE id = NEW.post_id) <> 'published'
BEGIN
    SELECT RAISE(ABORT, 'comments are only taken on published posts');
END;
