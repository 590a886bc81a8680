-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE items ALTER COLUMN code varchar(60) NULL;

ALTER TABLE items ALTER COLUMN label varchar(30) NULL;
