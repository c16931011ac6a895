-- dialect: postgres
-- Page views for the blog analytics, partitioned by month.
CREATE TABLE page_views (
    id bigint GENERATED ALWAYS AS IDENTITY,
    post_id bigint NOT NULL,
    viewed_at timestamptz NOT NULL,
    referrer text,
    PRIMARY KEY (id, viewed_at)
) PARTITION BY RANGE (viewed_at);

CREATE TABLE page_views_2025_01 PARTITION OF page_views
    FOR VALUES FROM ('2025-01-01 00:00+00') TO ('2025-02-01 00:00+00');
CREATE TABLE page_views_2025_02 PARTITION OF page_views
    FOR VALUES FROM ('2025-02-01 00:00+00') TO ('2025-03-01 00:00+00');
CREATE TABLE page_views_default PARTITION OF page_views DEFAULT;

CREATE INDEX page_views_post_idx ON page_views (post_id, viewed_at);
ALTER TABLE page_views
    ADD CONSTRAINT page_views_post_fk FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE;
