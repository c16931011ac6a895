CREATE TABLE order_lines (
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE TABLE memberships (
    id integer PRIMARY KEY,
    team_id integer NOT NULL,
    user_id integer NOT NULL
);
