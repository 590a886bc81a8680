-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

-- existing rows get 0 in active, what Hibernate writes for a new object's field
ALTER TABLE items ADD active bit DEFAULT 0 NOT NULL;

-- existing rows get 0 in stock, what Hibernate writes for a new object's field
ALTER TABLE items ADD stock integer DEFAULT 0 NOT NULL;
