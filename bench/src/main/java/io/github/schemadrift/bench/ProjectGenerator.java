package io.github.schemadrift.bench;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.lang.model.element.Modifier;

/**
 * Writes a realistic, deterministic JPA + Flyway project of any size: N entities with the mapping
 * mix of real projects and M migrations whose DDL churns the schema on the way to the state the
 * entities map. The same seed and sizes always give the same files.
 *
 * <p>The project is consistent by construction (every column the entities map exists with the
 * nullability they declare), so a clean build must report 0 errors; {@code --drifts K} then
 * breaks exactly K mappings, one error each, listed in {@code drifts.txt}.
 *
 * <p>Usage: {@code ProjectGenerator --out DIR [--entities N] [--migrations M] [--statements S]
 * [--flavour postgresql|mysql] [--portable] [--drifts K] [--seed X]}. {@code --portable} leaves
 * out PostgreSQL-only statements (functions, triggers, comments) so H2 can run the scripts.
 */
public final class ProjectGenerator {

  static final String PACKAGE = "com.example.bench.model";

  private static final String[] NOUNS = {
    "customer", "invoice", "product", "shipment", "account", "payment", "order", "supplier", "warehouse",
    "employee", "contract", "ticket", "project", "task", "campaign", "coupon", "review", "subscription",
    "device", "location", "vehicle", "booking", "course", "lesson", "document", "report", "policy", "claim",
    "asset", "batch"
  };
  private static final String[] WORDS = {
    "title", "code", "label", "amount", "price", "quantity", "status", "priority", "notes", "reference",
    "score", "rating", "weight", "height", "visible", "archived", "due", "start", "expiry", "external",
    "region", "channel", "source", "category", "remark", "balance", "quota", "discount", "tax", "level"
  };

  /** The column types the generator maps, each with its Java type and how it evolves. */
  enum Kind {
    STRING, LONG, INT, BOOL, DECIMAL, DATE, TIMESTAMP, ENUM
  }

  /** One column of the final schema and the field that maps it. */
  static final class Col {
    final String field;
    /** The column's name in the final schema. */
    final String column;
    final Kind kind;
    final int length;
    /** NOT NULL in the final schema. */
    final boolean notNull;
    final boolean primitive;
    final boolean implicitName;
    final boolean explicitNullableTrue;
    String enumType;
    /** For FK columns: the target entity; the column is a @ManyToOne join column. */
    Entity target;
    boolean implicitJoinColumn;
    /** The name the Java side uses; differs from {@link #column} only for a drift. */
    String javaColumn;
    /** Whether the Java side says {@code nullable = false}; differs from SQL only for a drift. */
    boolean javaNotNull;

    Col(String field, String column, Kind kind, int length, boolean notNull, boolean primitive, boolean implicitName, boolean explicitNullableTrue) {
      this.field = field;
      this.column = column;
      this.kind = kind;
      this.length = length;
      this.notNull = notNull;
      this.primitive = primitive;
      this.implicitName = implicitName;
      this.explicitNullableTrue = explicitNullableTrue;
      this.javaColumn = column;
      this.javaNotNull = notNull;
    }

    boolean drifted() {
      return !javaColumn.equals(column) || javaNotNull != notNull;
    }
  }

  /** One entity, its final table and the columns of its own (not inherited) fields. */
  static final class Entity {
    final int index;
    final String className;
    final String table;
    final boolean explicitTable;
    final boolean audited;
    final String idColumn;
    final List<Col> cols = new ArrayList<>();
    boolean hasAddress;
    boolean referenced;
    String tableOverride; // a drift: the entity names a table no migration creates

    Entity(int index, String className, String table, boolean explicitTable, boolean audited, String idColumn) {
      this.index = index;
      this.className = className;
      this.table = table;
      this.explicitTable = explicitTable;
      this.audited = audited;
      this.idColumn = idColumn;
    }
  }

  private final Random random;
  private final int entityCount;
  private final int migrationCount;
  private final int statementTarget;
  private final SqlFlavour sql;
  private final boolean portable;
  private final List<Entity> entities = new ArrayList<>();
  private int noiseCounter;

  ProjectGenerator(long seed, int entityCount, int migrationCount, int statementTarget, String flavour, boolean portable) {
    this.random = new Random(seed);
    this.entityCount = entityCount;
    this.migrationCount = migrationCount;
    this.statementTarget = statementTarget;
    this.sql = new SqlFlavour(flavour, portable);
    this.portable = portable;
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--portable")) {
        a.put("portable", "true");
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        a.put(args[i].substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument '" + args[i] + "'; see the class Javadoc for usage");
      }
    }
    if (!a.containsKey("out")) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    int n = Integer.parseInt(a.getOrDefault("entities", "20"));
    int m = Integer.parseInt(a.getOrDefault("migrations", "30"));
    int s = Integer.parseInt(a.getOrDefault("statements", String.valueOf(m * 10)));
    Summary summary =
        generate(
            Path.of(a.get("out")),
            Long.parseLong(a.getOrDefault("seed", "42")),
            n,
            m,
            s,
            a.getOrDefault("flavour", "postgresql"),
            Boolean.parseBoolean(a.getOrDefault("portable", "false")),
            Integer.parseInt(a.getOrDefault("drifts", "0")));
    System.out.println(summary);
  }

  /** What was written: counts, for the benchmark's table. */
  public record Summary(int entities, int migrations, int statements, int drifts, Path out) {
    @Override
    public String toString() {
      return "generated " + entities + " entities, " + migrations + " migrations, " + statements
          + " statements, " + drifts + " drifts into " + out;
    }
  }

  /** Generates the project into {@code out} (which must be empty or absent). */
  public static Summary generate(
      Path out, long seed, int entities, int migrations, int statements, String flavour, boolean portable, int drifts)
      throws IOException {
    ProjectGenerator generator = new ProjectGenerator(seed, entities, migrations, statements, flavour, portable);
    generator.designEntities();
    List<String> driftList = generator.injectDrifts(drifts);
    Path java = out.resolve("src/main/java");
    EntitySources.writeSupportTypes(java);
    List<String> names = new ArrayList<>();
    for (Entity e : generator.entities) {
      EntitySources.entityFile(e).writeTo(java);
      names.add(PACKAGE + "." + e.className);
    }
    Path migrationDir = out.resolve("src/main/resources/db/migration");
    Files.createDirectories(migrationDir);
    int written = generator.writeMigrations(migrationDir);
    Files.write(out.resolve("entities.txt"), names);
    Files.write(out.resolve("drifts.txt"), driftList);
    return new Summary(entities, migrations, written, driftList.size(), out);
  }

  // ---------------------------------------------------------------- entity design

  private void designEntities() {
    for (int i = 0; i < entityCount; i++) {
      String noun = NOUNS[i % NOUNS.length];
      String suffix = String.valueOf(i);
      String className = capitalize(noun) + suffix;
      boolean explicitTable = random.nextInt(100) < 80;
      String table = explicitTable ? noun + "_" + suffix : className.toLowerCase(Locale.ROOT);
      boolean audited = random.nextBoolean();
      String idColumn = audited || random.nextInt(100) < 60 ? "id" : noun + "_id";
      Entity e = new Entity(i, className, table, explicitTable, audited, idColumn);
      int fields = 4 + random.nextInt(9);
      List<String> used = new ArrayList<>();
      for (int f = 0; f < fields; f++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        String second = WORDS[random.nextInt(WORDS.length)];
        boolean single = random.nextInt(100) < 25;
        String column = single ? word : word + "_" + second;
        if (used.contains(column) || column.equals("id") || word.equals(second)) {
          continue;
        }
        used.add(column);
        String field = single ? word : word + capitalize(second);
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        boolean notNull = random.nextInt(100) < 40;
        boolean primitive = notNull && (kind == Kind.LONG || kind == Kind.INT || kind == Kind.BOOL) && random.nextBoolean();
        int length = kind == Kind.STRING ? 50 * (1 + random.nextInt(6)) : 0;
        boolean explicitNullableTrue = !notNull && random.nextInt(100) < 20;
        Col c = new Col(field, column, kind, length, notNull, primitive, single && random.nextBoolean(), explicitNullableTrue);
        if (kind == Kind.ENUM) {
          c.enumType = ENUMS[random.nextInt(ENUMS.length)];
        }
        e.cols.add(c);
      }
      int relations = i == 0 ? 0 : random.nextInt(Math.min(i, 3) + 1);
      for (int r = 0; r < relations; r++) {
        Entity target = entities.get(random.nextInt(i));
        String targetNoun = NOUNS[target.index % NOUNS.length];
        String field = targetNoun + (r == 0 ? "" : String.valueOf(r));
        if (e.cols.stream().anyMatch(c -> c.field.equals(field))) {
          continue;
        }
        boolean implicit = random.nextInt(100) < 25;
        String column = implicit ? field + "_" + target.idColumn : targetNoun + (r == 0 ? "" : "_" + r) + "_ref_id";
        if (column.equals(e.idColumn) || e.cols.stream().anyMatch(c -> c.column.equals(column))) {
          continue; // would map one column twice
        }
        boolean notNull = !implicit && random.nextInt(100) < 60;
        Col c = new Col(field, column, Kind.LONG, 0, notNull, false, false, false);
        c.target = target;
        c.implicitJoinColumn = implicit;
        target.referenced = true;
        e.cols.add(c);
      }
      e.hasAddress = random.nextInt(100) < 20;
      entities.add(e);
    }
  }

  static final String[] ENUMS = {"Status", "Priority", "Channel"};
  static final Map<String, List<String>> ENUM_VALUES =
      Map.of(
          "Status", List.of("DRAFT", "ACTIVE", "SUSPENDED", "ARCHIVED"),
          "Priority", List.of("LOW", "MEDIUM", "HIGH", "CRITICAL"),
          "Channel", List.of("WEB", "MOBILE", "PARTNER", "BACK_OFFICE"));

  /**
   * Breaks K mappings, one error each: a column renamed on the Java side only (missing-column),
   * {@code nullable = false} over a nullable column (nullability), or a table no migration
   * creates (missing-table).
   */
  private List<String> injectDrifts(int count) {
    List<String> drifts = new ArrayList<>();
    Random r = new Random(random.nextLong());
    int attempts = 0;
    while (drifts.size() < count && attempts++ < count * 50) {
      Entity e = entities.get(r.nextInt(entities.size()));
      int kind = drifts.size() % 5;
      if (kind == 4) {
        if (e.tableOverride == null && !e.referenced && e.explicitTable && e.cols.stream().noneMatch(Col::drifted)) {
          e.tableOverride = e.table + "_v2";
          drifts.add("missing-table " + e.className + " " + e.tableOverride);
        }
        continue;
      }
      if (e.tableOverride != null) {
        continue;
      }
      List<Col> candidates =
          e.cols.stream().filter(c -> c.target == null && !c.implicitName && !c.drifted()).toList();
      if (candidates.isEmpty()) {
        continue;
      }
      Col c = candidates.get(r.nextInt(candidates.size()));
      if (kind == 1 && !c.notNull && !c.primitive && !c.explicitNullableTrue) {
        c.javaNotNull = true;
        drifts.add("nullability " + e.className + "#" + c.field + " " + c.column);
      } else if (kind != 1) {
        c.javaColumn = c.column + "_drift";
        drifts.add("missing-column " + e.className + "#" + c.field + " " + c.javaColumn);
      }
    }
    return drifts;
  }

  static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---------------------------------------------------------------- migrations

  private int writeMigrations(Path dir) throws IOException {
    List<List<List<String>>> entityOps = new ArrayList<>();
    int entityStatements = 0;
    for (Entity e : entities) {
      List<List<String>> ops = new MigrationHistory(e, sql, random).ops();
      entityOps.add(ops);
      entityStatements += ops.stream().mapToInt(List::size).sum();
    }
    List<List<String>> first = new ArrayList<>();
    first.add(List.of(sql.createEventTable()));
    int noiseStatements = Math.max(0, statementTarget - entityStatements - 1);
    int[] next = new int[entities.size()];
    int created = 0;
    int remainingEntity = entityStatements;
    int remainingNoise = noiseStatements;
    int written = 1;
    List<String> current = new ArrayList<>(first.get(0));
    for (int file = 1; file <= migrationCount; file++) {
      int filesLeft = migrationCount - file + 1;
      int quota = Math.max(1, (remainingEntity + remainingNoise + filesLeft - 1) / filesLeft);
      if (file == migrationCount) {
        quota = Integer.MAX_VALUE;
      }
      int inFile = current.size();
      while (inFile < quota && remainingEntity + remainingNoise > 0) {
        boolean entityTurn = random.nextInt(remainingEntity + remainingNoise) < remainingEntity;
        List<String> op;
        if (entityTurn) {
          List<Integer> eligible = new ArrayList<>();
          for (int i = 0; i < created; i++) {
            if (next[i] < entityOps.get(i).size()) {
              eligible.add(i);
            }
          }
          if (created < entities.size()) {
            eligible.add(created);
          }
          int pick = eligible.get(random.nextInt(eligible.size()));
          if (pick == created) {
            created++;
          }
          op = entityOps.get(pick).get(next[pick]++);
          remainingEntity -= op.size();
        } else {
          op = noise();
          remainingNoise = Math.max(0, remainingNoise - op.size());
        }
        current.addAll(op);
        inFile += op.size();
      }
      String description = file == 1 ? "baseline" : "change_" + file;
      Files.writeString(dir.resolve("V" + file + "__" + description + ".sql"), String.join("\n\n", current) + "\n");
      written += current.size() - (file == 1 ? 1 : 0);
      current = new ArrayList<>();
    }
    return written;
  }

  /** A statement group that does not touch any mapped table: data, functions, scratch tables. */
  private List<String> noise() {
    int n = noiseCounter++;
    int choice = random.nextInt(10);
    if (choice < 4) {
      return List.of(sql.insertEvent(n));
    }
    if (choice < 6 && !portable) {
      return List.of(sql.function(n));
    }
    if (choice < 8) {
      return sql.scratchTable(n);
    }
    return List.of(sql.view(n));
  }
}
