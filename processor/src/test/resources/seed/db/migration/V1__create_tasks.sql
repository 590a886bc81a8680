-- Render jobs queued by users of the Dreamwork app.
CREATE TABLE dreamwork_tasks (
    id              BIGSERIAL PRIMARY KEY,
    user_id         BIGINT NOT NULL,
    prompt          TEXT NOT NULL,
    status          VARCHAR(32) NOT NULL DEFAULT 'QUEUED',
    style           VARCHAR(64),
    negative_prompt TEXT,
    seed            BIGINT,
    width           INTEGER,
    height          INTEGER,
    progress        TEXT,
    result_url      TEXT,
    error_message   TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX idx_dreamwork_tasks_user ON dreamwork_tasks (user_id);
