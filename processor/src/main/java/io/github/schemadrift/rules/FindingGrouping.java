package io.github.schemadrift.rules;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.TableMapping;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.SqlProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One drift, one finding: the one place where findings of several rules about the same drift are
 * grouped, after every rule ran and before anything is reported. Rules stay independent; this step
 * knows how their findings relate.
 *
 * <ul>
 *   <li>A mapped column the table lacks beside an unmapped column of its type with a close name is
 *       a rename ({@link RenameGrouping}): one {@code missing-column} finding whose fix renames it.
 *   <li>A column a migration renamed is one {@code missing-column} finding that names the rename;
 *       findings about the column under its new name (it looks unmapped) are dropped.
 *   <li>A missing or dropped table is one finding per entity: the entity's other findings about
 *       that table are dropped.
 *   <li>A {@code missing-table} or {@code missing-column} finding about a table that a statement
 *       touched which could not be parsed ({@code sql-parse}) names that statement: the lost
 *       statement may well be why.
 *   <li>A statement that could not be parsed and touches only a table no entity maps is folded
 *       (level note): it changes nothing an entity is checked against, and the summary line still
 *       counts it. A lost statement whose table is unknown, or mapped, stays a warning.
 * </ul>
 */
public final class FindingGrouping {

  private FindingGrouping() {}

  /** The findings with each drift reported once, in their original order. */
  public static List<Finding> group(List<Finding> given, SchemaModel schema, List<EntityModel> entities) {
    List<Finding> findings = TableRenameGrouping.apply(RenameGrouping.apply(given, schema, entities), schema, entities);
    Set<String> renamedTo = new HashSet<>();
    Set<String> missingTables = new HashSet<>();
    for (Finding f : findings) {
      Finding.Concern c = f.concern();
      if (c == null) {
        continue;
      }
      if (c.renamedTo() != null) {
        renamedTo.add(c.table() + "." + c.renamedTo());
      }
      if (c.column() == null && f.rule().id().equals(MissingTableRule.DESCRIPTOR.id())) {
        missingTables.add(entity(f) + "#" + c.table());
      }
    }
    Map<String, SqlLocation> lost = lostStatements(schema);
    Map<SqlLocation, String> lostTables = new HashMap<>();
    schema.problems().stream().filter(p -> p.ruleId().equals(Rules.SQL_PARSE.id()) && p.table() != null)
        .forEach(p -> lostTables.putIfAbsent(p.location(), p.table()));
    Set<String> mapped = mappedTables(schema, entities);
    List<Finding> grouped = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Finding.Concern c = f.concern();
      if (c != null && c.column() != null) {
        if (renamedTo.contains(c.table() + "." + c.column())) {
          continue; // the rename's missing-column finding covers the column under its new name
        }
        if (missingTables.contains(entity(f) + "#" + c.table())) {
          continue; // the entity's missing-table finding covers every column of the table
        }
      }
      if (f.rule() == Rules.SQL_PARSE && f.severity() == Severity.WARNING && f.related() != null
          && lostTables.containsKey(f.related()) && !mapped.contains(lostTables.get(f.related()))) {
        grouped.add(f.withSeverity(Severity.NOTE)); // its table is no entity's: nothing checked depends on it
        continue;
      }
      grouped.add(explained(f, lost));
    }
    return grouped;
  }

  /** The keys of the names of every table an entity maps. */
  private static Set<String> mappedTables(SchemaModel schema, List<EntityModel> entities) {
    Set<String> mapped = new HashSet<>();
    for (EntityModel entity : entities) {
      for (TableMapping table : entity.tables()) {
        mapped.add(schema.dialect().key(table.name(), table.quoted()));
      }
    }
    return mapped;
  }

  /** The finding, naming the lost statement that touched its table before it, if any. */
  private static Finding explained(Finding f, Map<String, SqlLocation> lost) {
    Finding.Concern c = f.concern();
    boolean missing = f.rule().id().equals(MissingTableRule.DESCRIPTOR.id())
        || f.rule().id().equals(MissingColumnRule.DESCRIPTOR.id());
    if (c == null || !missing || c.renamedTo() != null || !lost.containsKey(c.table())) {
      return f;
    }
    return f.withMessage(TableMessages.lostStatement(f.message(), lost.get(c.table())));
  }

  /** The first statement per table (by the key of its name) that could not be parsed. */
  private static Map<String, SqlLocation> lostStatements(SchemaModel schema) {
    Map<String, SqlLocation> lost = new LinkedHashMap<>();
    for (SqlProblem problem : schema.problems()) {
      if (problem.ruleId().equals(Rules.SQL_PARSE.id()) && problem.table() != null) {
        lost.putIfAbsent(problem.table(), problem.location());
      }
    }
    return lost;
  }

  /** The entity a finding's subject names ({@code a.b.Order#field} or {@code a.b.Order}). */
  private static String entity(Finding f) {
    int hash = f.subject().indexOf('#');
    return hash < 0 ? f.subject() : f.subject().substring(0, hash);
  }
}
