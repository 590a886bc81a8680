-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

CREATE TABLE id_gen (sequence_name varchar2(255) NOT NULL, next_val number(19,0), PRIMARY KEY (sequence_name));
-- the row Hibernate reads for segment 'items': without it Hibernate starts at 1, below the ids already in items
-- and the next insert collides; it holds the last value handed out, so it starts past the largest id plus the allocation
INSERT INTO id_gen (sequence_name, next_val) SELECT 'items', COALESCE(MAX(id) + 10, 0) FROM items;
-- the row Hibernate reads for segment 'note': without it Hibernate starts at 1, below the ids already in notes
-- and the next insert collides; it holds the last value handed out, so it starts past the largest id plus the allocation
INSERT INTO id_gen (sequence_name, next_val) SELECT 'note', COALESCE(MAX(id) + 50, 0) FROM notes;
