-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE items MODIFY code varchar2(60);

ALTER TABLE items MODIFY label varchar2(30);
