-- progress was stored as text ('42'); make it a number.
ALTER TABLE dreamwork_tasks
    ALTER COLUMN progress TYPE INTEGER USING NULLIF(progress, '')::integer;
ALTER TABLE dreamwork_tasks ALTER COLUMN progress SET DEFAULT 0;

CREATE OR REPLACE FUNCTION dreamwork_touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER dreamwork_tasks_touch
    BEFORE UPDATE ON dreamwork_tasks
    FOR EACH ROW EXECUTE FUNCTION dreamwork_touch_updated_at();

UPDATE dreamwork_tasks SET progress = 0 WHERE progress IS NULL;
