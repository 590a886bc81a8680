-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

-- every row already in payment is of the one class the hierarchy inserts: it gets 'Card'
ALTER TABLE payment ADD DTYPE varchar(31) DEFAULT 'Card' NOT NULL;
