-- dialect: sqlite
-- Deduplicate bookmarks through a scratch table created and dropped here.
CREATE TEMP TABLE IF NOT EXISTS bookmark_keep AS
SELECT min(id) AS id FROM bookmarks GROUP BY user_id, url;

DELETE FROM bookmarks WHERE id NOT IN (SELECT id FROM bookmark_keep);

DROP TABLE bookmark_keep;
CREATE UNIQUE INDEX IF NOT EXISTS bookmarks_user_url_idx ON bookmarks (user_id, url);
PRAGMA optimize;
