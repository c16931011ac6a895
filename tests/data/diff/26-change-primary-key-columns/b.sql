CREATE TABLE order_lines (
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE TABLE memberships (
    id integer NOT NULL,
    team_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
