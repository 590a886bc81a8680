-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE items ADD CONSTRAINT uk_items_code UNIQUE (code);
