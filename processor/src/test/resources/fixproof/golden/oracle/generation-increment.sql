-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER SEQUENCE item_seq INCREMENT BY 50;
