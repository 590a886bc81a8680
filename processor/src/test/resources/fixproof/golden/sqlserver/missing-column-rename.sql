-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

EXEC sp_rename 'orders.net_amount', 'amount_net', 'COLUMN';

EXEC sp_rename 'orders.cust_id', 'customer_id', 'COLUMN';
