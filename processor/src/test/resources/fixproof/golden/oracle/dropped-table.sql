-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

-- 'notes' was dropped at V2__drop.sql:1 with its rows: this creates it again, empty
CREATE TABLE notes (id number(19,0) NOT NULL, body varchar2(200), PRIMARY KEY (id));
