-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

CREATE SEQUENCE items_SEQ START WITH 1 INCREMENT BY 50;
