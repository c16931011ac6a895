-- dialect: postgres
-- transactional: false
-- expect: table-rewrite-lock@14
-- Purge two years of tracking events and give the space back to the disk.
DELETE FROM tracking_events
 WHERE occurred_at < now() - interval '2 years'
   AND id IN (SELECT id FROM tracking_events
               WHERE occurred_at < now() - interval '2 years'
               LIMIT 50000);

-- A plain VACUUM does not lock writers out.
VACUUM (VERBOSE, ANALYZE) tracking_events;

VACUUM FULL tracking_events;
