INSERT INTO customers VALUES (1, 'acme', 'billing@acme.example'), (2, 'globex', NULL), (3, 'initech', 'ap@initech.example');
INSERT INTO invoices (id, customer_id, number, issued_on, total) VALUES
    (10, 1, 'INV-0010', '2026-01-05', 300),
    (11, 1, 'INV-0011', '2026-02-05', 120),
    (12, 2, 'INV-0012', '2026-02-10', 0),
    (13, 3, 'INV-0013', '2026-03-01', 75);
INSERT INTO invoice_lines VALUES
    (100, 10, 'consulting', 250), (101, 10, 'travel', 50),
    (102, 11, 'support plan', 120),
    (103, 13, 'licence', 100), (104, 13, 'discount', -25);
INSERT INTO payments VALUES (1000, 10, 1, 300), (1001, 11, 1, 60), (1002, 13, 3, 75);
