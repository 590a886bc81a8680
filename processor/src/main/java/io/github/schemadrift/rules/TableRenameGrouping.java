package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A missing mapped table (a join, collection or secondary table, or an entity's own) and an
 * existing table no entity maps that holds every column the mapping maps are one drift, a rename:
 * the finding's fix becomes one {@code ALTER TABLE ... RENAME TO} (SQL Server: {@code sp_rename}),
 * which keeps the rows, the keys and the foreign keys, where a {@code CREATE TABLE} would leave the
 * rows behind in the old table. Kept strict, as a false rename moves a real table: the candidate
 * is mapped by no entity, has each mapped column by name and no other column a new row could not
 * leave empty (NOT NULL without a default), its name contains the wanted one or the other way
 * round, or is close as a renamed column's is ({@link RenameCounterpart#similar}), and it is the
 * only such table; two missing tables wanting one table give no guess. Runs with every entity known.
 */
final class TableRenameGrouping {

  private TableRenameGrouping() {}

  private record Proposal(int finding, EntityModel entity, TableMapping mapped, TableDef counterpart, String counterpartKey) {}

  static List<Finding> apply(List<Finding> findings, SchemaModel schema, List<EntityModel> entities) {
    Map<String, Integer> missing = new HashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      boolean tableRule = f.rule() == JoinTableRule.DESCRIPTOR || f.rule() == MissingTableRule.DESCRIPTOR;
      if (tableRule && f.concern() != null && f.concern().column() == null && f.fixSql() != null) {
        missing.put(f.subject(), i);
      }
    }
    if (missing.isEmpty()) {
      return findings;
    }
    Dialect dialect = schema.dialect();
    ResolvedEntities view = ResolvedEntities.of(entities, schema);
    Set<String> mapped = new HashSet<>();
    view.inOrder().forEach(e -> e.tables().forEach(t -> {
      if (t.foundKey() != null) {
        mapped.add(t.foundKey());
      }
    }));
    List<Proposal> proposals = new ArrayList<>();
    for (ResolvedEntities.Entity entity : view.inOrder()) {
      for (ResolvedEntities.Table table : entity.tables()) {
        TableMapping m = table.mapped();
        Integer finding = table.found().isPresent() ? null : missing.get(subject(entity.model(), m));
        if (finding == null) {
          continue;
        }
        List<TableDef> candidates = new ArrayList<>();
        for (TableDef t : schema.tables().values()) {
          if (!mapped.contains(key(dialect, t)) && holds(dialect, t, m) && similar(m.name(), t.name())) {
            candidates.add(t);
          }
        }
        if (candidates.size() == 1) {
          proposals.add(new Proposal(finding, entity.model(), m, candidates.get(0), key(dialect, candidates.get(0))));
        }
      }
    }
    Map<String, Integer> wanted = new HashMap<>();
    proposals.forEach(p -> wanted.merge(p.counterpartKey(), 1, Integer::sum));
    List<Finding> out = new ArrayList<>(findings);
    for (Proposal p : proposals) {
      if (wanted.get(p.counterpartKey()) != 1) {
        continue;
      }
      Finding f = findings.get(p.finding());
      String fix = FixSql.renameTable(dialect, p.counterpart(), p.mapped().name());
      out.set(p.finding(), f.withMessageAndFix(
          TableMessages.renamedTableCandidate(p.entity(), p.mapped(), schema.migrations().size(), p.counterpart(), fix), fix));
    }
    return out;
  }

  /** The subject the table rules give a missing table's finding. */
  private static String subject(EntityModel entity, TableMapping table) {
    return table.kind() == TableMapping.Kind.PRIMARY ? entity.qualifiedName() : entity.qualifiedName() + "#" + table.name();
  }

  private static String key(Dialect dialect, TableDef table) {
    return table.schema() + "." + dialect.key(table.name(), table.quoted());
  }

  /** Every mapped column by name, and no other column a new row must fill. */
  private static boolean holds(Dialect dialect, TableDef table, TableMapping mapped) {
    Set<String> keys = new HashSet<>();
    for (ColumnMapping c : mapped.columns()) {
      keys.add(dialect.key(c.columnName(), c.quoted()));
      if (table.column(dialect, c.columnName(), c.quoted()).isEmpty()) {
        return false;
      }
    }
    for (ColumnDef c : table.columns()) {
      if (!keys.contains(dialect.key(c.name(), c.quoted())) && !c.nullable() && c.defaultValue() == null && !c.identity()
          && !c.generated()) {
        return false;
      }
    }
    return !keys.isEmpty();
  }

  private static boolean similar(String wanted, String candidate) {
    String a = wanted.toLowerCase(Locale.ROOT);
    String b = candidate.toLowerCase(Locale.ROOT);
    return !a.equals(b) && (a.contains(b) || b.contains(a) || RenameCounterpart.similar(a, b));
  }
}
