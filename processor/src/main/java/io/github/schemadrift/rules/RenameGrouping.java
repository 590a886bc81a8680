package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A missing mapped column and an unmapped column of its type with a close name in the same table
 * are one drift, a rename ({@link RenameCounterpart}): the {@code missing-column} finding becomes
 * a "did you mean" whose fix is {@code RENAME COLUMN}, and it names the counterpart so that
 * findings about it (an unmapped NOT NULL column) are dropped as covered. Runs with every entity
 * known, so a column another entity maps in the table is never taken for a rename.
 */
final class RenameGrouping {

  private RenameGrouping() {}

  private record Proposal(int finding, TableDef table, ColumnMapping mapping, ColumnDef counterpart, String tableKey) {}

  static List<Finding> apply(List<Finding> findings, SchemaModel schema, List<EntityModel> entities) {
    Map<String, Integer> missing = new HashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.rule() == MissingColumnRule.DESCRIPTOR && f.concern() != null && f.concern().renamedTo() == null) {
        missing.put(f.subject(), i);
      }
    }
    if (missing.isEmpty()) {
      return findings;
    }
    ResolvedEntities view = ResolvedEntities.of(entities, schema);
    Map<String, Set<String>> mappedKeys = new HashMap<>();
    for (ResolvedEntities.Entity entity : view.inOrder()) {
      for (ResolvedEntities.Table table : entity.tables()) {
        if (table.foundKey() != null) {
          Set<String> keys = mappedKeys.computeIfAbsent(table.foundKey(), k -> new HashSet<>());
          for (int i = 0; i < table.mapped().columns().size(); i++) {
            keys.add(table.key(i));
          }
        }
      }
    }
    List<Proposal> proposals = proposals(view, missing, mappedKeys, schema.dialect());
    return rewritten(findings, proposals, schema.dialect());
  }

  private static List<Proposal> proposals(
      ResolvedEntities view, Map<String, Integer> missing, Map<String, Set<String>> mappedKeys, Dialect dialect) {
    List<Proposal> proposals = new ArrayList<>();
    for (ResolvedEntities.Entity entity : view.inOrder()) {
      for (ResolvedEntities.Table table : entity.tables()) {
        if (table.found().isEmpty()) {
          continue;
        }
        List<ColumnMapping> columns = table.mapped().columns();
        for (int i = 0; i < columns.size(); i++) {
          Integer finding = missing.get(entity.model().qualifiedName() + "#" + columns.get(i).attributePath());
          if (table.column(i) != null || finding == null) {
            continue;
          }
          TableDef def = table.found().get();
          Optional<ColumnDef> counterpart =
              RenameCounterpart.find(dialect, def, columns.get(i), mappedKeys.getOrDefault(table.foundKey(), Set.of()));
          if (counterpart.isPresent()) {
            proposals.add(new Proposal(finding, def, columns.get(i), counterpart.get(), table.foundKey()));
          }
        }
      }
    }
    return proposals;
  }

  /** The findings with each proposal whose counterpart no other missing column claims turned into a rename. */
  private static List<Finding> rewritten(List<Finding> findings, List<Proposal> proposals, Dialect dialect) {
    Map<String, Set<Integer>> findingsPer = new HashMap<>();
    for (Proposal p : proposals) {
      String key = p.tableKey() + "." + dialect.key(p.counterpart().name(), p.counterpart().quoted());
      findingsPer.computeIfAbsent(key, k -> new HashSet<>()).add(p.finding());
    }
    List<Finding> out = new ArrayList<>(findings);
    for (Proposal p : proposals) {
      String key = p.tableKey() + "." + dialect.key(p.counterpart().name(), p.counterpart().quoted());
      if (findingsPer.get(key).size() != 1) {
        continue; // two missing columns want the same one: no guess
      }
      Finding f = findings.get(p.finding());
      String fix = FixSql.renameColumn(dialect, p.table(), p.counterpart(), p.mapping().columnName());
      String message = TableMessages.renameCandidate(p.table(), p.mapping(), p.counterpart(), fix);
      out.set(p.finding(), f.asRename(message, fix, dialect.key(p.counterpart().name(), p.counterpart().quoted())));
    }
    return out;
  }
}
