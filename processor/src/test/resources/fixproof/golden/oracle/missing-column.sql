-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE items ADD quantity number(19,0);

ALTER TABLE items ADD summary varchar2(80);

ALTER TABLE items ADD total numeric(38, 2);
