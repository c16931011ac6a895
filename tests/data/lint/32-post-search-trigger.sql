-- dialect: postgres
-- Full-text search for blog posts: a column kept up to date by a trigger, and a view.
ALTER TABLE posts ADD COLUMN search_vector tsvector;

CREATE OR REPLACE FUNCTION posts_search_vector_update() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    -- Not a migration: this runs on every INSERT or UPDATE of a post.
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.body, '')), 'B');
    RETURN NEW;
END
$fn$;

CREATE TRIGGER posts_search_vector_trg
    BEFORE INSERT OR UPDATE OF title, body ON posts
    FOR EACH ROW EXECUTE FUNCTION posts_search_vector_update();

CREATE OR REPLACE VIEW published_posts AS
SELECT id, title, slug, published_at
  FROM posts
 WHERE published_at IS NOT NULL AND published_at <= now();

GRANT SELECT ON published_posts TO blog_reader;
COMMENT ON COLUMN posts.search_vector IS 'maintained by posts_search_vector_trg';
