INSERT INTO shipments VALUES
    (1, 'SO-1001', 'dhl', 'JD0001', 1200, '2026-01-04 09:10:00', NULL),
    (2, 'SO-1002', 'ups', '1Z999', 0, '2026-01-05 16:00:00', 'fragile'),
    (3, 'SO-1003', 'dhl', 'JD0002', 480, '2026-01-06 11:30:00', NULL);
INSERT INTO shipments (id, order_ref, carrier, tracking_number) VALUES (4, 'SO-1004', 'post', 'RR123456789');
