package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The views' index by the relations they read and the owned sequences' index by their table give
 * what a pass over every view or owner gives, in the map's order (a key removed and put again goes
 * last, one replaced in place keeps its position), including entries put by {@code putAll}; what
 * no longer reads the relation, or no longer belongs to the table, is not given. The replay uses
 * them after dropping or renaming tables, columns and views; with assertions on, each use is
 * checked against a full pass too.
 */
class IndexedDependenciesTest {

  private static ReplayState.ViewDependencies reads(String... relations) {
    return new ReplayState.ViewDependencies(new LinkedHashSet<>(List.of(relations)), Set.of("id"), false);
  }

  private static <V> List<String> keys(List<Map.Entry<String, V>> entries) {
    return entries.stream().map(Map.Entry::getKey).toList();
  }

  @Test
  void givesTheViewsReadingARelationInTheMapsOrder() {
    ViewDependencyMap views = new ViewDependencyMap();
    views.put("v1", reads("t"));
    views.put("v2", reads("u"));
    views.putAll(Map.of("v3", reads("t", "u")));
    assertThat(keys(views.reading("t"))).containsExactly("v1", "v3");
    assertThat(keys(views.reading("u"))).containsExactly("v2", "v3");
    assertThat(views.reading("nothing")).isEmpty();

    views.remove("v1");
    views.put("v1", reads("t"));
    views.put("v3", reads("u")); // replaced in place: keeps its position, no longer reads t
    assertThat(keys(views.reading("t"))).containsExactly("v1");
    assertThat(keys(views.reading("u"))).containsExactly("v2", "v3");
  }

  @Test
  void givesTheSequencesATableOwnsInTheMapsOrder() {
    SequenceOwnerMap owners = new SequenceOwnerMap();
    owners.put("t_id_seq", new ReplayState.SequenceOwner("t", "id", false));
    owners.put("u_id_seq", new ReplayState.SequenceOwner("u", "id", false));
    owners.putAll(Map.of("t_n_seq", new ReplayState.SequenceOwner("t", "n", true)));
    assertThat(keys(owners.ownedBy("t"))).containsExactly("t_id_seq", "t_n_seq");
    assertThat(owners.ownedBy("nothing")).isEmpty();

    owners.put("t_id_seq", new ReplayState.SequenceOwner("renamed", "id", false)); // its table renamed
    assertThat(keys(owners.ownedBy("t"))).containsExactly("t_n_seq");
    assertThat(keys(owners.ownedBy("renamed"))).containsExactly("t_id_seq");
    owners.remove("t_n_seq");
    assertThat(owners.ownedBy("t")).isEmpty();
  }
}
