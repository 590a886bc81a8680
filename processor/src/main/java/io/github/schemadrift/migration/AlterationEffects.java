package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * What one ALTER TABLE did that reaches beyond its own table: columns renamed (foreign keys of
 * other tables follow them), and columns or keys dropped (with {@code CASCADE} their dependents
 * go too; without it, PostgreSQL refuses while any exist).
 */
final class AlterationEffects {

  /** A column renamed, as dialect keys. */
  record Renamed(String from, String to) {}

  /**
   * Columns dropped, or a primary key or unique constraint dropped ({@code key}), as dialect keys,
   * with whether the clause said CASCADE.
   */
  record Dropped(List<String> columns, boolean key, boolean cascade) {}

  final List<Renamed> renamedColumns = new ArrayList<>();
  final List<Dropped> dropped = new ArrayList<>();

  boolean any() {
    return !renamedColumns.isEmpty() || !dropped.isEmpty();
  }
}
