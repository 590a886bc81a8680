-- DROP TABLE ... CASCADE (and Oracle's CASCADE CONSTRAINTS, which H2 takes) drops the foreign keys
-- of other tables that reference the table and the views that read it (DSpace's H2 migrations)
CREATE TABLE shelf (shelf_id INT PRIMARY KEY, label VARCHAR(20));
CREATE TABLE book (book_id INT PRIMARY KEY, shelf_id INT, CONSTRAINT fk_book_shelf FOREIGN KEY (shelf_id) REFERENCES shelf (shelf_id));
CREATE TABLE lamp (lamp_id INT PRIMARY KEY, shelf_id INT REFERENCES shelf (shelf_id));
CREATE VIEW shelf_labels AS SELECT label FROM shelf;
CREATE TABLE shelf_new (shelf_id INT PRIMARY KEY, label VARCHAR(40));
DROP TABLE shelf CASCADE CONSTRAINTS;
ALTER TABLE shelf_new RENAME TO shelf;
ALTER TABLE book ADD CONSTRAINT fk_book_shelf2 FOREIGN KEY (shelf_id) REFERENCES shelf (shelf_id);
CREATE TABLE stool (stool_id INT PRIMARY KEY);
CREATE VIEW stools AS SELECT stool_id FROM stool;
CREATE TABLE step (step_id INT PRIMARY KEY, stool_id INT REFERENCES stool (stool_id));
DROP TABLE stool CASCADE;
