package io.github.schemadrift.dbproof;

import io.github.schemadrift.migration.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;

/**
 * The Markdown table of one dialect's pairs for docs/rules/type.md: per Java type, Hibernate's own
 * DDL type, the column types validate accepts without a {@code type} finding, and those it
 * accepts with a warning. Every other column type tried is one validate rejects, and schemadrift
 * reports it as an error. Java types with the same verdicts share a row.
 */
final class TypePairsTable {

  private TypePairsTable() {}

  static String render(Dialect dialect, String dialectClass, List<TypePairsProofTest.Pair> pairs) {
    Map<String, List<TypePairsProofTest.Pair>> byJava = new LinkedHashMap<>();
    pairs.forEach(p -> byJava.computeIfAbsent(p.java().label(), k -> new ArrayList<>()).add(p));
    List<String> labels = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    for (Map.Entry<String, List<TypePairsProofTest.Pair>> e : byJava.entrySet()) {
      List<TypePairsProofTest.Pair> row = e.getValue();
      String cell = " | `" + row.get(0).hibernate().hibernateType() + "` | " + columns(row, false) + " | " + columns(row, true) + " |";
      if (!cells.isEmpty() && cells.get(cells.size() - 1).equals(cell)) {
        labels.set(labels.size() - 1, labels.get(labels.size() - 1) + ", `" + e.getKey() + "`");
      } else {
        labels.add("`" + e.getKey() + "`");
        cells.add(cell);
      }
    }
    long accepted = pairs.stream().filter(p -> p.hibernate().accepted()).count();
    StringBuilder out = new StringBuilder();
    out.append(name(dialect)).append(" with Hibernate's `").append(dialectClass).append("`: ")
        .append(byJava.size()).append(" Java types × ").append(pairs.size() / byJava.size()).append(" column types = ")
        .append(pairs.size()).append(" pairs; validate accepts ").append(accepted).append(" and rejects ")
        .append(pairs.size() - accepted).append(". Column types tried: ")
        .append(pairs.stream().map(TypePairsProofTest.Pair::column).distinct().map(c -> "`" + c + "`")
            .collect(Collectors.joining(", ")))
        .append(".\n\n| Java type | Hibernate's DDL | validate accepts: no `type` finding | validate accepts: `type` warning |\n")
        .append("|---|---|---|---|\n");
    for (int i = 0; i < labels.size(); i++) {
      out.append("| ").append(labels.get(i)).append(cells.get(i)).append('\n');
    }
    return out.toString();
  }

  private static String columns(List<TypePairsProofTest.Pair> row, boolean warned) {
    return row.stream()
        .filter(p -> p.hibernate().accepted() && (p.schemadrift() == Diagnostic.Kind.WARNING) == warned)
        .map(p -> "`" + p.column() + "`")
        .collect(Collectors.joining(", "));
  }

  private static String name(Dialect dialect) {
    return switch (dialect) {
      case POSTGRESQL -> "PostgreSQL 15";
      case MARIADB -> "MariaDB 10.11";
      case H2 -> "H2 2.x, in-process";
      default -> dialect.optionValue();
    };
  }
}
