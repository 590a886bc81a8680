package io.github.schemadrift.migration;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What each view reads, by the view's map key in creation order, indexed by the relations it reads,
 * so that what a dropped table, column or view takes with it (PostgreSQL's dependency rules) and a
 * view's rename read those views, not every view of a long migration history after every such
 * statement (the index's rules: {@link TermIndexedMap}).
 */
final class ViewDependencyMap extends TermIndexedMap<ReplayState.ViewDependencies> {

  private static final long serialVersionUID = 1L;

  @Override
  Collection<String> terms(ReplayState.ViewDependencies dependencies) {
    return dependencies.relations();
  }

  /** The views, with their keys and in this map's order, that read relation {@code relationKey}. */
  List<Map.Entry<String, ReplayState.ViewDependencies>> reading(String relationKey) {
    return naming(relationKey);
  }
}
