-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

CREATE TABLE hibernate_sequences (sequence_name varchar2(255) NOT NULL, next_val number(19,0));
