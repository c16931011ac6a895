INSERT INTO "CustomerAccount" VALUES (1, 'Acme GmbH', 'EU'), (2, 'Globex Inc', 'US'), (3, 'Initech', NULL);
INSERT INTO "Order Header" VALUES (100, 1, '2026-01-02'), (101, 1, '2026-01-09'), (102, 2, '2026-02-11'), (103, 3, '2026-02-12');
INSERT INTO invoices VALUES (1, 1, 100), (2, 2, 102), (3, 3, NULL), (4, NULL, 101);
