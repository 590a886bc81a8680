-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE items ALTER COLUMN flag varchar(255) NULL;

-- no default is known for name: while rows hold NULL there the next statement is refused and
-- changes nothing; decide their value and run first: UPDATE items SET name = <value> WHERE name IS NULL
ALTER TABLE items ALTER COLUMN name varchar(255) NOT NULL;
