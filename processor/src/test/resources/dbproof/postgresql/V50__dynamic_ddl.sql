-- issue 15 item 12: DDL in an EXECUTE of a constant string inside a DO block is replayed
CREATE TABLE dyn_target (id INT PRIMARY KEY);
DO $$
BEGIN
  EXECUTE 'ALTER TABLE dyn_target ADD COLUMN added_by_execute VARCHAR(30) NOT NULL';
END
$$;
