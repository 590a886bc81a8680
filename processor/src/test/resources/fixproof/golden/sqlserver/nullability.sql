-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE items ALTER COLUMN flag varchar(255) NULL;

-- CONFIRM THIS VALUE: no default is known for name, so rows holding NULL there get '',
-- a placeholder for the value your data needs (search for it afterwards), the empty string
-- change it before you run this migration if it is wrong for those rows
UPDATE items SET name = '' WHERE name IS NULL;
ALTER TABLE items ALTER COLUMN name varchar(255) NOT NULL;
