package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The join-table rule end to end: join and collection tables and their columns. */
class JoinTableRuleTest {

  @TempDir Path dir;

  private Path teams(String extra) {
    return Fixtures.migrations(dir.resolve("db"), Map.of("V1__teams.sql",
        "CREATE TABLE team (id BIGINT PRIMARY KEY);\n"
            + "CREATE TABLE player (id BIGINT PRIMARY KEY);\n"
            + "CREATE TABLE team_tags (team_id BIGINT NOT NULL, tag VARCHAR(255));\n"
            + extra));
  }

  private static JavaFileObject player() {
    return Fixtures.source("app.Player", "package app;", "@jakarta.persistence.Entity public class Player { @jakarta.persistence.Id private Long id; }");
  }

  private static JavaFileObject team(String classAnnotations, String... fields) {
    String[] head = {
      "package app;",
      "import jakarta.persistence.*;",
      "import java.util.*;",
      classAnnotations,
      "@Entity",
      "public class Team {",
      "  @Id private Long id;",
    };
    String[] all = new String[head.length + fields.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(fields, 0, all, head.length, fields.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.Team", all);
  }

  private static final String MANY_TO_MANY = "  @ManyToMany @JoinTable(name = \"team_players\") private Set<Player> players;";
  private static final String TAGS = "  @ElementCollection @CollectionTable(name = \"team_tags\") @Column(name = \"tag\") private Set<String> tags;";

  @Test
  void missingJoinTableIsAnErrorWithItsCreateTable() {
    JavaFileObject source = team("", MANY_TO_MANY, TAGS);
    Compilation c = Fixtures.compile(teams("CREATE TABLE team_player (team_id BIGINT, player_id BIGINT);\n"), source, player());
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[schemadrift:join-table] join table 'team_players' of field 'players' mapped by entity 'Team' does not exist after 1 migration; did you mean 'team_player'? name it in the mapping or add a migration that creates 'team_players': CREATE TABLE team_players (Team_id bigint NOT NULL, players_id bigint NOT NULL)")
        .inFile(source)
        .onLineContaining("@JoinTable(name = \"team_players\")");
  }

  @Test
  void renamedJoinTableIsRenamedBack() {
    JavaFileObject source = team("", MANY_TO_MANY);
    Compilation c = Fixtures.compile(teams("CREATE TABLE team_players (Team_id BIGINT NOT NULL, players_id BIGINT NOT NULL,"
        + " PRIMARY KEY (Team_id, players_id));\nALTER TABLE team_players RENAME TO team_players_v1;\n"), source, player());
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "[schemadrift:join-table] join table 'team_players' of field 'players' mapped by entity 'Team' does not exist after 1 migration, but table 'team_players_v1' (created at V1__teams.sql:4) has its columns and no entity maps it: was it renamed? name it in the mapping or rename it back: ALTER TABLE team_players_v1 RENAME TO team_players")
        .inFile(source)
        .onLineContaining("@JoinTable(name = \"team_players\")");
  }

  @Test
  void aTableAnEntityMapsOrThatNeedsMoreIsNoRename() {
    JavaFileObject mapped = Fixtures.source("app.Roster", "package app;", "import jakarta.persistence.*;",
        "@Entity @Table(name = \"team_players_v1\") @IdClass(Roster.Key.class) public class Roster {",
        "  public static class Key implements java.io.Serializable { Long Team_id; Long players_id; }",
        "  @Id private Long Team_id;", "  @Id private Long players_id;", "}");
    Compilation c = Fixtures.compile(teams("CREATE TABLE team_players_v1 (Team_id BIGINT NOT NULL, players_id BIGINT NOT NULL,"
        + " PRIMARY KEY (Team_id, players_id));\n"), team("", MANY_TO_MANY), player(), mapped);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("that creates 'team_players': CREATE TABLE team_players (");
    Compilation more = Fixtures.compile(teams("CREATE TABLE team_players_v1 (Team_id BIGINT NOT NULL, players_id BIGINT NOT NULL,"
        + " since DATE NOT NULL);\n"), team("", MANY_TO_MANY), player());
    assertThat(more).hadErrorCount(1);
    assertThat(more).hadErrorContaining(": CREATE TABLE team_players (Team_id bigint NOT NULL, players_id bigint NOT NULL)");
  }

  @Test
  void missingCollectionColumnsAreErrorsOnTheirAnnotations() {
    JavaFileObject source = team("",
        "  @ElementCollection @CollectionTable(name = \"team_tags\") @Column(name = \"tags\") private Set<String> tags;",
        "  @ElementCollection @CollectionTable(name = \"team_tags\") @OrderColumn(name = \"pos\") private List<String> ordered;");
    Compilation c = Fixtures.compile(teams(""), source);
    assertThat(c).hadErrorContaining(
            "[schemadrift:join-table] column 'team_tags.tags' of collection table 'team_tags' of field 'tags' does not exist (table created at V1__teams.sql:3); did you mean 'tag'? name it in the mapping or add a migration: ALTER TABLE team_tags ADD COLUMN tags varchar(255)")
        .inFile(source)
        .onLineContaining("@Column(name = \"tags\")");
    assertThat(c).hadErrorContaining("column 'team_tags.pos' of collection table 'team_tags' of field 'ordered' does not exist")
        .inFile(source)
        .onLineContaining("@OrderColumn(name = \"pos\")");
  }

  @Test
  void existingTablesAndColumnsAreFine() {
    Compilation c = Fixtures.compile(
        teams("CREATE TABLE team_players (Team_id BIGINT NOT NULL, players_id BIGINT NOT NULL);\n"), team("", MANY_TO_MANY, TAGS), player());
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void suppressed() {
    assertThat(Fixtures.compile(teams(""), team("", "  @SuppressWarnings(\"schemadrift:join-table\")", MANY_TO_MANY), player()))
        .succeededWithoutWarnings();
  }

  @Test
  void severityOverridden() {
    Compilation c = Fixtures.compile(teams(""), List.of("-Aschemadrift.severity.joinTable=warning"), team("", MANY_TO_MANY), player());
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining("[schemadrift:join-table] join table 'team_players'");
  }
}
