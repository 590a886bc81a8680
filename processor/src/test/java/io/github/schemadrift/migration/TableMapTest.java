package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tables' index of foreign keys by referenced table gives what a pass over every table gives,
 * in the map's order (a table dropped and created again goes last), including tables put by
 * {@code putAll}; tables without such a key are not given, tables gone never are. The replay uses it
 * after every statement; with assertions on, each use is checked against a full pass too.
 */
class TableMapTest {

  private static TableDef table(String name, String... references) {
    List<ForeignKeyDef> keys = java.util.Arrays.stream(references)
        .map(r -> new ForeignKeyDef("fk_" + name + "_" + r, List.of("x"), r, List.of("id"), null, null))
        .toList();
    return new TableDef(null, name, false, List.of(), List.of(), null, List.of(), keys, List.of(), List.of(), null);
  }

  private static List<String> keys(List<Map.Entry<String, TableDef>> entries) {
    return entries.stream().map(Map.Entry::getKey).toList();
  }

  @Test
  void givesTheTablesReferencingANameInTheMapsOrder() {
    TableMap tables = new TableMap();
    tables.put("p", table("p"));
    tables.put("c1", table("c1", "p"));
    tables.put("other", table("other", "q"));
    tables.putAll(Map.of("c2", table("c2", "p", "q")));
    assertThat(keys(tables.referencing("p"))).containsExactly("c1", "c2");
    assertThat(keys(tables.referencing("q"))).containsExactly("other", "c2");
    assertThat(tables.referencing("nothing")).isEmpty();

    tables.remove("c1");
    assertThat(keys(tables.referencing("p"))).containsExactly("c2");
    tables.put("c1", table("c1", "p"));
    tables.put("c2", table("c2", "p")); // replaced in place: keeps its position
    assertThat(keys(tables.referencing("p"))).containsExactly("c2", "c1");
    assertThat(tables.referencing("p").get(1).getValue()).isEqualTo(table("c1", "p"));
  }

  @Test
  void aKeyRetargetedByARenameIsFound() {
    ReplayState state = new ReplayState();
    state.tables.put("p", table("p"));
    state.tables.put("c", table("c", "p"));
    state.retargetForeignKeys(null, "p", null, "renamed");
    state.tables.put("renamed", state.tables.remove("p"));
    assertThat(keys(state.tables.referencing("renamed"))).containsExactly("c");
    assertThat(state.tables.get("c").foreignKeys().get(0).referencedTable()).isEqualTo("renamed");
  }
}
