CREATE TABLE task_comments (
    id         BIGSERIAL PRIMARY KEY,
    task_id    BIGINT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    author_id  BIGINT NOT NULL REFERENCES app_users (id),
    body       TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE labels (
    id         BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id),
    name       VARCHAR(50) NOT NULL,
    colour     CHAR(7)
);

INSERT INTO app_users (email, display_name) VALUES ('admin@example.com', 'Administrator');
