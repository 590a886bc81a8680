package io.github.schemadrift.hibernateproof;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.NamingStrategy;
import io.github.schemadrift.entity.TableMapping;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The primary key schemadrift keeps for each join and collection table ({@link TableMapping#primaryKey()},
 * which the join-table fix writes) against the one in Hibernate 7's own DDL for the same entities:
 * one collection of each kind in package {@code hibernateproof.joinkeys}.
 */
class JoinTableKeysProofTest {

  static final String PACKAGE = "io.github.schemadrift.hibernateproof.joinkeys";
  private static final Pattern CREATE = Pattern.compile("create table (\\w+) \\((.*)\\)");
  private static final Pattern PRIMARY_KEY = Pattern.compile("primary key \\(([^)]*)\\)");

  @ParameterizedTest
  @EnumSource(HibernateDdl.Dialect.class)
  void everyCollectionKindGetsHibernatesPrimaryKey(HibernateDdl.Dialect dialect) {
    Map<String, List<String>> hibernate = hibernateKeys(HibernateDdl.generate(ProofEntities.classes(PACKAGE), dialect, false));
    ModelCapture capture = new ModelCapture(NamingStrategy.JPA);
    Compilation compilation = javac().withProcessors(capture).compile(HibernateProofTest.sources(PACKAGE));
    assertThat(compilation.errors()).isEmpty();
    assertThat(capture.failures).isEmpty();
    Map<String, List<String>> ours = new TreeMap<>();
    for (EntityModel model : capture.models) {
      for (TableMapping t : model.tables()) {
        if (t.kind() == TableMapping.Kind.JOIN || t.kind() == TableMapping.Kind.COLLECTION) {
          ours.put(t.name(), t.primaryKey());
        }
      }
    }
    hibernate.keySet().removeAll(List.of("Player", "Team"));
    assertThat(ours).isEqualTo(hibernate);
    assertThat(ours).containsEntry("team_members", List.of("Team_id", "members_id")).containsEntry("team_bench", List.of())
        .containsEntry("team_lineup", List.of("Team_id", "pos")).containsEntry("team_titles", List.of("Team_id", "locale"))
        .containsEntry("team_log", List.of("id")).containsEntry("team_codes", List.of("Team_id", "codes"))
        .containsEntry("team_tags", List.of());
  }

  /** Each table's primary key columns in Hibernate's DDL, empty where it writes none. */
  private static Map<String, List<String>> hibernateKeys(String ddl) {
    Map<String, List<String>> keys = new TreeMap<>();
    for (String line : ddl.split("\n")) {
      Matcher create = CREATE.matcher(line.trim());
      if (create.lookingAt()) {
        Matcher key = PRIMARY_KEY.matcher(create.group(2));
        keys.put(create.group(1), key.find() ? Arrays.stream(key.group(1).split(",")).map(String::trim).toList() : List.of());
      }
    }
    return keys;
  }
}
