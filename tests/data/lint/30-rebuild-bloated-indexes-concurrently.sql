-- dialect: postgres
-- transactional: false
-- Rebuild the bloated indexes of the jobs queue without locking workers out.
REINDEX INDEX CONCURRENTLY jobs_run_at_idx;
REINDEX TABLE CONCURRENTLY job_attempts;

CREATE INDEX CONCURRENTLY jobs_queue_run_at_idx_new ON jobs (queue, run_at) WHERE finished_at IS NULL;
DROP INDEX CONCURRENTLY IF EXISTS jobs_queue_run_at_idx;
ALTER INDEX jobs_queue_run_at_idx_new RENAME TO jobs_queue_run_at_idx;
