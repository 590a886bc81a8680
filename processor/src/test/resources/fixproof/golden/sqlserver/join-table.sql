-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

CREATE TABLE Team_titles (Team_id bigint NOT NULL, titles varchar(255), locale varchar(255) NOT NULL, PRIMARY KEY (Team_id, locale));

CREATE TABLE team_player (Team_id bigint NOT NULL, players_id bigint NOT NULL, PRIMARY KEY (Team_id, players_id));

ALTER TABLE Team_titles ADD CONSTRAINT fk_Team_titles_Team_id FOREIGN KEY (Team_id) REFERENCES team (id);

ALTER TABLE team_player ADD CONSTRAINT fk_team_player_Team_id FOREIGN KEY (Team_id) REFERENCES team (id);

ALTER TABLE team_player ADD CONSTRAINT fk_team_player_players_id FOREIGN KEY (players_id) REFERENCES player (id);

ALTER TABLE team_tags ADD pos integer;

ALTER TABLE team_tags ADD tag varchar(40);
