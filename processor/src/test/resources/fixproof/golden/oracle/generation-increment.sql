-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

-- the sequence may be below the ids that exist in items: after this statement, restart it past the largest id
-- (ALTER SEQUENCE item_seq RESTART WITH the value of SELECT COALESCE(MAX(id), 0) + 50 FROM items, and a sequence other entities share must pass their ids too)
ALTER SEQUENCE item_seq INCREMENT BY 50;
