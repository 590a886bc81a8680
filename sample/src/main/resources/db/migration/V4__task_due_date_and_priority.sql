-- Tasks get a due date; priority becomes mandatory with a default.
ALTER TABLE tasks ADD COLUMN due_date DATE;

UPDATE tasks SET priority = 3 WHERE priority IS NULL;
ALTER TABLE tasks ALTER COLUMN priority SET DEFAULT 3;
ALTER TABLE tasks ALTER COLUMN priority SET NOT NULL;
