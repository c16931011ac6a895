INSERT INTO countries VALUES ('fr', 'France'), ('jp', 'Japan');
-- The downgrade brings countries back empty: cities that pointed into it would be orphans,
-- which foreign_key_check refuses (the downgrade of a dropped table cannot bring its rows).
INSERT INTO cities VALUES (1, 'Lyon', NULL), (2, 'Osaka', NULL);
