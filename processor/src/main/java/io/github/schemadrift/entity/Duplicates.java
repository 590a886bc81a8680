package io.github.schemadrift.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Columns one table maps twice: a read-only mirror ({@code insertable = false, updatable = false})
 * of a join column, of the discriminator or of another attribute. Hibernate's DDL keeps the column
 * as first bound (the discriminator before attributes, basic columns before join columns, which
 * are bound in a second pass), so every mapping of it carries that nullability; and a mirror is
 * checked as the mapping that writes the column is: it takes the writer's implicit length and is
 * marked {@link NotNullEvidence#WRITTEN_ELSEWHERE}, so no nullability warning lands on it.
 */
final class Duplicates {

  private static final String DISCRIMINATOR = "#discriminator";

  private Duplicates() {}

  static List<ColumnMapping> resolve(List<ColumnMapping> columns) {
    Map<String, List<Integer>> byName = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      ColumnMapping c = columns.get(i);
      byName.computeIfAbsent(c.quoted() ? c.columnName() : c.columnName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
    }
    if (byName.size() == columns.size()) {
      return columns; // the usual case: every column once
    }
    List<ColumnMapping> out = new ArrayList<>(columns);
    for (List<Integer> group : byName.values()) {
      if (group.size() > 1) {
        resolveGroup(columns, group, out);
      }
    }
    return out;
  }

  private static void resolveGroup(List<ColumnMapping> columns, List<Integer> group, List<ColumnMapping> out) {
    ColumnMapping discriminator = null;
    ColumnMapping firstBasic = null;
    ColumnMapping writer = null;
    for (int i : group) {
      ColumnMapping c = columns.get(i);
      if (c.attributePath().equals(DISCRIMINATOR)) {
        discriminator = c;
      } else if (firstBasic == null && c.relationship() == null) {
        firstBasic = c;
      }
      if (writer == null && !c.readOnly()) {
        writer = c;
      }
    }
    ColumnMapping first = discriminator != null ? discriminator : firstBasic != null ? firstBasic : columns.get(group.get(0));
    writer = discriminator != null ? discriminator : writer;
    for (int i : group) {
      ColumnMapping c = columns.get(i);
      ColumnShape shape = c.shape();
      Set<NotNullEvidence> evidence = EnumSet.noneOf(NotNullEvidence.class);
      evidence.addAll(c.notNullEvidence());
      if (writer != null && writer != c && c.readOnly()) {
        if (!shape.lengthExplicit()) {
          shape = new ColumnShape(writer.shape().length(), false, shape.precision(), shape.scale(), shape.columnDefinition(),
              shape.unique(), shape.insertable(), shape.updatable(), shape.validationMaxLength());
        }
        evidence.add(NotNullEvidence.WRITTEN_ELSEWHERE);
      }
      out.set(i, c.asDuplicate(first.ddlNullable(), shape, evidence));
    }
  }
}
