package io.github.schemadrift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing join or collection table is recreated with the primary key Hibernate 7 gives its
 * collection's kind (proven against Hibernate's own DDL by {@code JoinTableKeysProofTest}); a bag
 * gets none. Each fix runs on H2 with the migrations and silences {@code join-table}.
 */
class FixJoinTablePrimaryKeyTest {

  @TempDir Path dir;

  private static final String TABLES = "CREATE TABLE team (id BIGINT PRIMARY KEY);\nCREATE TABLE player (id BIGINT PRIMARY KEY);\n";

  private static final JavaFileObject PLAYER = Fixtures.source("app.Player", "package app;",
      "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"player\") public class Player { @jakarta.persistence.Id private Long id; }");

  private static String fix(Path dir, String... attributes) {
    String[] lines = new String[attributes.length + 6];
    lines[0] = "package app;";
    lines[1] = "import jakarta.persistence.*;";
    lines[2] = "import java.util.*;";
    lines[3] = "@Entity @Table(name = \"team\") public class Team {";
    lines[4] = "  @Id private Long id;";
    System.arraycopy(attributes, 0, lines, 5, attributes.length);
    lines[lines.length - 1] = "}";
    return FixRoundTrip.run(dir, "join-table", Map.of("V1__team.sql", TABLES), List.of(),
        Fixtures.source("app.Team", lines), PLAYER).fixFile();
  }

  @Test
  void aSetIsKeyedOnTheOwnerAndElementColumns() {
    assertThat(fix(dir, "  @ManyToMany @JoinTable(name = \"team_members\") private Set<Player> members;",
        "  @ElementCollection @CollectionTable(name = \"team_codes\") @Column(nullable = false) private Set<String> codes;"))
        .contains("CREATE TABLE team_members (Team_id bigint NOT NULL, members_id bigint NOT NULL, PRIMARY KEY (Team_id, members_id));",
            "CREATE TABLE team_codes (Team_id bigint NOT NULL, codes varchar(255) NOT NULL, PRIMARY KEY (Team_id, codes));");
  }

  @Test
  void anOrderedListIsKeyedOnTheOwnerAndOrderColumns() {
    assertThat(fix(dir, "  @ManyToMany @JoinTable(name = \"team_lineup\") @OrderColumn(name = \"pos\") private List<Player> lineup;"))
        .contains("CREATE TABLE team_lineup (Team_id bigint NOT NULL, lineup_id bigint NOT NULL, pos integer NOT NULL, PRIMARY KEY (Team_id, pos));");
  }

  @Test
  void aMapIsKeyedOnTheOwnerAndMapKeyColumns() {
    assertThat(fix(dir, "  @ElementCollection @CollectionTable(name = \"team_titles\") @MapKeyColumn(name = \"locale\") private Map<String, String> titles;"))
        .containsPattern("CREATE TABLE team_titles \\(Team_id bigint NOT NULL, titles varchar\\(255\\), locale varchar\\(255\\) NOT NULL, "
            + "PRIMARY KEY \\(Team_id, locale\\)\\);");
  }

  @Test
  void anIdBagIsKeyedOnItsCollectionId() {
    assertThat(fix(dir, "  @ElementCollection @CollectionTable(name = \"team_log\") @org.hibernate.annotations.CollectionId(generator = \"increment\")"
        + " @org.hibernate.annotations.CollectionIdJdbcTypeCode(java.sql.Types.BIGINT) private List<String> log;"))
        .contains("CREATE TABLE team_log (Team_id bigint NOT NULL, log varchar(255), id bigint NOT NULL, PRIMARY KEY (id));");
  }

  @Test
  void aBagAndASetWithANullableElementGetNoPrimaryKey() {
    String fix = fix(dir, "  @ManyToMany @JoinTable(name = \"team_bench\") private List<Player> bench;",
        "  @ElementCollection @CollectionTable(name = \"team_tags\") private Set<String> tags;");
    assertThat(fix).contains("CREATE TABLE team_bench (Team_id bigint NOT NULL, bench_id bigint NOT NULL);",
        "CREATE TABLE team_tags (Team_id bigint NOT NULL, tags varchar(255));");
    assertThat(fix).doesNotContain("PRIMARY KEY");
  }
}
