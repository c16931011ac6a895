-- A blog with authors, posts, tags, threaded comments and full-text search. PostgreSQL.
CREATE TYPE post_state AS ENUM ('draft', 'review', 'published', 'archived');

CREATE TABLE authors (
    id serial PRIMARY KEY,
    handle varchar(40) NOT NULL,
    display_name text NOT NULL,
    bio text,
    email text NOT NULL,
    joined_on date NOT NULL DEFAULT CURRENT_DATE,
    CONSTRAINT authors_handle_key UNIQUE (handle),
    CONSTRAINT authors_handle_format CHECK (handle ~ '^[a-z0-9_]+$')
);

CREATE TABLE posts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    slug text NOT NULL,
    title text NOT NULL,
    body text NOT NULL DEFAULT '',
    state post_state NOT NULL DEFAULT 'draft',
    published_at timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now(),
    search tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body)) STORED,
    CONSTRAINT posts_slug_key UNIQUE (author_id, slug),
    CONSTRAINT posts_published_has_date CHECK (state <> 'published' OR published_at IS NOT NULL)
);
COMMENT ON TABLE posts IS 'articles, in every state';
CREATE INDEX posts_search_idx ON posts USING gin (search);
CREATE INDEX posts_published_idx ON posts (published_at DESC) WHERE state = 'published';

CREATE TABLE tags (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL UNIQUE
);

CREATE TABLE post_tags (
    post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag_id integer NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX post_tags_tag_idx ON post_tags (tag_id);

CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    parent_id bigint REFERENCES comments (id) ON DELETE CASCADE,
    author_name text NOT NULL,
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    approved boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comments_post_idx ON comments (post_id, created_at);
CREATE INDEX comments_pending_idx ON comments (created_at) WHERE NOT approved;

CREATE VIEW published_posts AS
    SELECT p.id, p.slug, p.title, a.handle AS author, p.published_at
    FROM posts p JOIN authors a ON a.id = p.author_id
    WHERE p.state = 'published';

CREATE VIEW tag_counts AS
    SELECT t.name, count(pt.post_id) AS posts
    FROM tags t LEFT JOIN post_tags pt ON pt.tag_id = t.id
    GROUP BY t.name;

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
