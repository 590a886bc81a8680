-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE items MODIFY flag NULL;

-- no default is known for NAME: while rows hold NULL there the next statement is refused and
-- changes nothing; decide their value and run first: UPDATE items SET NAME = <value> WHERE NAME IS NULL
ALTER TABLE items MODIFY NAME NOT NULL;
