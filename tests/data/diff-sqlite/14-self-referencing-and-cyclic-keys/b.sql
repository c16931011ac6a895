CREATE TABLE employees (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL,
    manager_id INTEGER REFERENCES employees (id),
    department_id INTEGER REFERENCES departments (id)
);
CREATE TABLE departments (id INTEGER PRIMARY KEY, name TEXT NOT NULL, head_id INTEGER REFERENCES employees (id));
