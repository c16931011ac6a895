-- dialect: postgres
-- Every feature flag needs an owner team; the table is empty in every environment.
ALTER TABLE feature_flags ADD COLUMN owner_team text NOT NULL; -- strata:ignore add-not-null-column-without-default
ALTER TABLE feature_flags ADD COLUMN description text NOT NULL DEFAULT '';
ALTER TABLE feature_flags ADD COLUMN rollout_pct smallint DEFAULT 0;
ALTER TABLE feature_flags
    ADD CONSTRAINT feature_flags_rollout_pct_range CHECK (rollout_pct BETWEEN 0 AND 100) NOT VALID;
