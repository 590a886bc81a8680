-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE items MODIFY flag NULL;

-- CONFIRM THIS VALUE: no default is known for NAME, so rows holding NULL there get ' ',
-- a placeholder for the value your data needs (search for it afterwards), one space as Oracle stores '' as NULL
-- change it before you run this migration if it is wrong for those rows
UPDATE items SET NAME = ' ' WHERE NAME IS NULL;
ALTER TABLE items MODIFY NAME NOT NULL;
