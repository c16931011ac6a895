-- dialect: postgres
-- expect: drop-table@8, drop-table@8, drop-table@10
-- The newsletter feature moved to an external provider; remove what is left of it.
DROP VIEW IF EXISTS newsletter_stats;
DROP FUNCTION IF EXISTS newsletter_unsubscribe(bigint);
DROP SEQUENCE IF EXISTS newsletter_issue_no_seq;

DROP TABLE IF EXISTS newsletter_opens, newsletter_clicks;

DROP TABLE newsletter_subscribers CASCADE;

DROP TYPE IF EXISTS newsletter_frequency;
