package io.github.schemadrift.fixproof;

import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.migration.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * One drift that a rule fixes with SQL: the migrations (written once, in SQL that PostgreSQL,
 * MariaDB, H2 and, through {@link DialectSql}, Oracle and SQL Server all accept), the entities,
 * the rule whose finding the fix must silence, extra processor options, values for columns whose
 * CHECK constraints the generic row filler would break, and the dialects where the written fix is
 * known to be wrong today (each with the reason; the proof then expects it to fail, see
 * {@link FixProof}).
 */
public record FixProofCase(
    String name,
    String ruleId,
    Map<String, String> migrations,
    List<String> options,
    List<JavaFileObject> sources,
    Map<String, String> values,
    Map<Dialect, String> knownGaps,
    Map<Dialect, String> notApplicable) {

  @Override
  public String toString() {
    return name;
  }

  static Builder named(String name, String ruleId) {
    return new Builder(name, ruleId);
  }

  /** Why the drift is no finding in {@code dialect} (so there is no fix to prove), or null. */
  String notApplicable(Dialect dialect) {
    return notApplicable.get(dialect);
  }

  /** The reason the fix is known to fail in {@code dialect}, or null. */
  String knownGap(Dialect dialect) {
    return knownGaps.get(dialect);
  }

  static final class Builder {
    private final String name;
    private final String ruleId;
    private final Map<String, String> migrations = new LinkedHashMap<>();
    private final List<String> options = new ArrayList<>();
    private final List<JavaFileObject> sources = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<Dialect, String> gaps = new LinkedHashMap<>();
    private final Map<Dialect, String> skips = new LinkedHashMap<>();

    private Builder(String name, String ruleId) {
      this.name = name;
      this.ruleId = ruleId;
    }

    Builder migration(String file, String sql) {
      migrations.put(file, sql);
      return this;
    }

    Builder option(String option) {
      options.add(option);
      return this;
    }

    /** Raises the rule to an error, so its fix is written as SQL, not commented out. */
    Builder asError() {
      return option("-Aschemadrift.severity=" + ruleId + ":error");
    }

    Builder source(String qualifiedName, String... lines) {
      sources.add(JavaFileObjects.forSourceLines(qualifiedName, lines));
      return this;
    }

    /** An entity {@code app.<name>} on table {@code table} with the given body lines. */
    Builder entity(String name, String table, String... lines) {
      List<String> all = new ArrayList<>(List.of("package app;", "import jakarta.persistence.*;",
          "import java.math.BigDecimal;", "import java.util.*;",
          "@Entity" + (table == null ? "" : " @Table(name = \"" + table + "\")"), "public class " + name + " {"));
      all.addAll(List.of(lines));
      all.add("}");
      return source("app." + name, all.toArray(String[]::new));
    }

    /** The SQL literal every filled row gets in {@code table.column} (lower case) where it is not NULL. */
    Builder value(String tableDotColumn, String literal) {
      values.put(tableDotColumn, literal);
      return this;
    }

    /** The written fix is known to fail in these dialects today, for {@code reason}. */
    Builder knownGap(String reason, Dialect... dialects) {
      for (Dialect d : dialects) {
        gaps.put(d, reason);
      }
      return this;
    }

    /** The rule reports nothing in these dialects on purpose, for {@code reason}. */
    Builder notIn(String reason, Dialect... dialects) {
      for (Dialect d : dialects) {
        skips.put(d, reason);
      }
      return this;
    }

    FixProofCase build() {
      return new FixProofCase(name, ruleId, Map.copyOf(migrations), List.copyOf(options), List.copyOf(sources),
          Map.copyOf(values), Map.copyOf(gaps), Map.copyOf(skips));
    }
  }
}
