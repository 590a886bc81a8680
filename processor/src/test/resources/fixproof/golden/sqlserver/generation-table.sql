-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

CREATE TABLE hibernate_sequences (sequence_name varchar(255) NOT NULL, next_val bigint, PRIMARY KEY (sequence_name));
-- the row Hibernate reads for segment 'default': without it Hibernate starts at 1, below the ids already in items
-- and the next insert collides; it holds the last value handed out, so it starts past the largest id plus the allocation
INSERT INTO hibernate_sequences (sequence_name, next_val) SELECT 'default', COALESCE(MAX(id) + 50, 0) FROM items;
-- segment 'default' is shared with notes: its value must pass those ids too
UPDATE hibernate_sequences SET next_val = (SELECT COALESCE(MAX(id) + 50, 0) FROM notes) WHERE sequence_name = 'default' AND next_val < (SELECT COALESCE(MAX(id) + 50, 0) FROM notes);
