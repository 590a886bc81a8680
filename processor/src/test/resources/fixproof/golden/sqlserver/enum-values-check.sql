-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE ticket DROP CONSTRAINT ck_status;
ALTER TABLE ticket ADD CONSTRAINT ck_status CHECK (status IN ('OPEN', 'CLOSED'));
