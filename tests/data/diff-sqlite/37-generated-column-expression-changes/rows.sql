-- The rows are ones on which the old and new expressions agree (a last name, lower-case
-- domains, capitalised names, no discount): the generated values are compared after each step.
INSERT INTO people (id, first_name, last_name, email) VALUES
    (1, 'Ada', 'Lovelace', 'ada@analytical.example'),
    (2, 'Grace', 'Hopper', 'grace@navy.example'),
    (3, 'Alan', 'Turing', 'alan@bletchley.example');
INSERT INTO line_items (id, unit_price, quantity) VALUES (1, 250, 4), (2, 999, 1), (3, 15, 12);
