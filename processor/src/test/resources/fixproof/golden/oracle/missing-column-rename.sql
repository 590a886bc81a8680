-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE orders RENAME COLUMN net_amount TO amount_net;

ALTER TABLE orders RENAME COLUMN cust_id TO customer_id;
