package io.github.schemadrift.migration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema a database would hold after {@code flyway migrate}: the hand-off from the migration
 * stage to the rules.
 *
 * @param dialect the dialect the migrations were replayed in
 * @param tables the tables by their dialect key ({@link Dialect#key}), {@code schema.name} for a
 *     table outside {@code defaultSchema} (see {@link #tableKey})
 * @param migrations the migrations that were replayed, in Flyway's order
 * @param problems what could not be split, parsed or replayed
 * @param stats how many statements were replayed, ignored and not understood
 * @param sequences the sequences created by CREATE SEQUENCE, keyed like {@code tables}
 * @param enumTypes the PostgreSQL enum types, keyed like {@code tables}
 * @param views the views, keyed like {@code tables}
 * @param notes facts about the replay worth one note each (Java migrations that cannot be
 *     replayed, unknown placeholders), in javac wording
 * @param defaultSchema the dialect key of the schema unqualified names landed in when the replay
 *     began (Flyway's default schema, else the dialect's), or null when unknown; tables in it are
 *     keyed by their name alone, tables in other schemas by {@code schema.name}
 * @param entitySchema the dialect key of the schema entities without {@code @Table(schema)} are
 *     looked up in (Hibernate's {@code default_schema}), or null for {@code defaultSchema}
 * @param droppedTables the statement that dropped each table no later migration created again, by
 *     the key of the table's name ({@link Dialect#key}), so that a finding can name it
 */
public record SchemaModel(
    Dialect dialect,
    Map<String, TableDef> tables,
    List<MigrationFile> migrations,
    List<SqlProblem> problems,
    ReplayStats stats,
    Map<String, SequenceDef> sequences,
    Map<String, EnumTypeDef> enumTypes,
    Map<String, ViewDef> views,
    List<String> notes,
    String defaultSchema,
    String entitySchema,
    Map<String, SqlLocation> droppedTables) implements java.io.Serializable {

  public SchemaModel {
    tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    migrations = List.copyOf(migrations);
    problems = List.copyOf(problems);
    sequences = sequences == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sequences));
    enumTypes = enumTypes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(enumTypes));
    views = views == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(views));
    notes = notes == null ? List.of() : List.copyOf(notes);
    droppedTables = droppedTables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(droppedTables));
  }

  /** A schema without dropped tables on record. */
  public SchemaModel(
      Dialect dialect,
      Map<String, TableDef> tables,
      List<MigrationFile> migrations,
      List<SqlProblem> problems,
      ReplayStats stats,
      Map<String, SequenceDef> sequences,
      Map<String, EnumTypeDef> enumTypes,
      Map<String, ViewDef> views,
      List<String> notes,
      String defaultSchema,
      String entitySchema) {
    this(dialect, tables, migrations, problems, stats, sequences, enumTypes, views, notes, defaultSchema, entitySchema, Map.of());
  }

  /** A schema replayed without knowing any schema name: every table keyed by its name alone. */
  public SchemaModel(
      Dialect dialect,
      Map<String, TableDef> tables,
      List<MigrationFile> migrations,
      List<SqlProblem> problems,
      ReplayStats stats,
      Map<String, SequenceDef> sequences,
      Map<String, EnumTypeDef> enumTypes,
      Map<String, ViewDef> views,
      List<String> notes) {
    this(dialect, tables, migrations, problems, stats, sequences, enumTypes, views, notes, null, null);
  }

  /** A schema of tables only. */
  public SchemaModel(
      Dialect dialect,
      Map<String, TableDef> tables,
      List<MigrationFile> migrations,
      List<SqlProblem> problems,
      ReplayStats stats) {
    this(dialect, tables, migrations, problems, stats, Map.of(), Map.of(), Map.of(), List.of(), null, null);
  }

  /** This schema with entities looked up in {@code schema} by default (Hibernate's {@code default_schema}). */
  public SchemaModel withEntitySchema(String schema) {
    String key = schema == null || schema.isBlank() ? null : SqlIdentifier.of(schema).key(dialect);
    return new SchemaModel(
        dialect, tables, migrations, problems, stats, sequences, enumTypes, views, notes, defaultSchema, key, droppedTables);
  }

  /**
   * This schema with the tables a replay dropped on record, by the key of the table's name; a table
   * that exists again is left out.
   */
  public SchemaModel withDroppedTables(Map<String, SqlLocation> dropped) {
    Map<String, SqlLocation> kept = new LinkedHashMap<>(dropped);
    tables.values().forEach(t -> kept.remove(dialect.key(t.name(), t.quoted())));
    return new SchemaModel(
        dialect, tables, migrations, problems, stats, sequences, enumTypes, views, notes, defaultSchema, entitySchema, kept);
  }

  /** The statement that dropped the table of this name, when no table of that name exists now. */
  public Optional<SqlLocation> droppedAt(String name, boolean quoted) {
    return Optional.ofNullable(droppedTables.get(dialect.key(name, quoted)));
  }

  /**
   * The key of a table in {@link #tables()}: its name's key when it lies in {@code defaultSchema}
   * (or its schema is unknown), else {@code schema.name}.
   */
  public static String tableKey(String defaultSchema, String schemaKey, String nameKey) {
    return schemaKey == null || schemaKey.equals(defaultSchema) ? nameKey : schemaKey + "." + nameKey;
  }

  /** The dialect key of a schema name as an entity or a setting writes it, or null. */
  public String schemaKey(String schema) {
    return schema == null || schema.isBlank() ? null : SqlIdentifier.of(schema).key(dialect);
  }

  /** The schema entities are looked up in when they name none: Hibernate's, else the replay's default. */
  public String entityDefaultSchema() {
    return entitySchema != null ? entitySchema : defaultSchema;
  }

  /**
   * The table an entity's name resolves to in exactly this schema (null: the entity default), if
   * any. A table whose schema the replay could not know counts as being in every schema.
   */
  public Optional<TableDef> exactTable(String schema, String name, boolean quoted) {
    String wanted = schema == null ? entityDefaultSchema() : schemaKey(schema);
    String nameKey = dialect.key(name, quoted);
    TableDef exact = tables.get(tableKey(defaultSchema, wanted, nameKey));
    if (exact != null && (wanted == null || exact.schema() == null || exact.schema().equals(wanted))) {
      return Optional.of(exact);
    }
    return tablesNamed(name, quoted).stream().filter(t -> t.schema() == null).reduce((a, b) -> b);
  }

  /**
   * The table a name resolves to: the one in {@code schema} (null: the entity default) when it
   * exists, else the only table of that name in any schema. When several other schemas hold one,
   * the default schema's wins, else the last created, as a replay keyed by name alone would have it.
   */
  public Optional<TableDef> table(String schema, String name, boolean quoted) {
    Optional<TableDef> exact = exactTable(schema, name, quoted);
    if (exact.isPresent()) {
      return exact;
    }
    List<TableDef> named = tablesNamed(name, quoted);
    return named.stream()
        .filter(t -> defaultSchema != null && defaultSchema.equals(t.schema()))
        .findFirst()
        .or(() -> named.stream().reduce((a, b) -> b));
  }

  /** Every table of this name, in any schema, in creation order. */
  public List<TableDef> tablesNamed(String name, boolean quoted) {
    String nameKey = dialect.key(name, quoted);
    return tables.values().stream().filter(t -> dialect.key(t.name(), t.quoted()).equals(nameKey)).toList();
  }

  /**
   * The view the database would resolve this name to, if any: the one in the entity default
   * schema, else the only (or last created) one of that name in any schema.
   */
  public Optional<ViewDef> view(String name, boolean quoted) {
    return view(null, name, quoted);
  }

  /** The view of this name in {@code schema} (null: the entity default), else looked up as {@link #table}. */
  public Optional<ViewDef> view(String schema, String name, boolean quoted) {
    return lookup(views, ViewDef::schema, v -> dialect.key(v.name(), v.quoted()), wanted(schema), name, quoted, false);
  }

  /**
   * The enum type the database would resolve this name to, if any: the one in the entity default
   * schema, else the only (or last created) one of that name in any schema.
   */
  public Optional<EnumTypeDef> enumType(String name, boolean quoted) {
    return enumType(null, name, quoted);
  }

  /** The enum type of this name in {@code schema} (null: the entity default), else looked up as {@link #table}. */
  public Optional<EnumTypeDef> enumType(String schema, String name, boolean quoted) {
    return enumTypeIn(wanted(schema), name, quoted);
  }

  /**
   * The enum type of this name in the schema of dialect key {@code schemaKey} (null: the entity
   * default), else the default schema's, else the only (or last created) one of that name.
   */
  public Optional<EnumTypeDef> enumTypeIn(String schemaKey, String name, boolean quoted) {
    return lookup(
        enumTypes, EnumTypeDef::schema, t -> dialect.key(t.name(), t.quoted()),
        schemaKey == null ? entityDefaultSchema() : schemaKey, name, quoted, false);
  }

  /**
   * The sequence a generator names: in {@code schema} when the mapping names one (only there, or
   * in no known schema, as for {@link #exactTable}), else as {@link #sequence(String, boolean)}.
   */
  public Optional<SequenceDef> sequence(String schema, String name, boolean quoted) {
    if (schema == null || schema.isBlank()) {
      return sequence(name, quoted);
    }
    return lookup(sequences, SequenceDef::schema, q -> dialect.key(q.name(), q.quoted()), schemaKey(schema), name, quoted, true);
  }

  /** Every sequence of this name, in any schema, in creation order. */
  public List<SequenceDef> sequencesNamed(String name, boolean quoted) {
    String nameKey = dialect.key(name, quoted);
    return sequences.values().stream().filter(q -> dialect.key(q.name(), q.quoted()).equals(nameKey)).toList();
  }

  private String wanted(String schema) {
    return schema == null ? entityDefaultSchema() : schemaKey(schema);
  }

  /**
   * The object of this name in schema {@code wanted} (a dialect key; null: the only schema known),
   * else one whose schema the replay could not know; unless {@code strict}, then the default
   * schema's, else the last created of that name in any schema.
   */
  private <T> Optional<T> lookup(
      Map<String, T> objects,
      java.util.function.Function<T, String> schemaOf,
      java.util.function.Function<T, String> nameKeyOf,
      String wanted,
      String name,
      boolean quoted,
      boolean strict) {
    String nameKey = dialect.key(name, quoted);
    T exact = objects.get(tableKey(defaultSchema, wanted, nameKey));
    if (exact != null && (wanted == null || schemaOf.apply(exact) == null || schemaOf.apply(exact).equals(wanted))) {
      return Optional.of(exact);
    }
    List<T> named = objects.values().stream().filter(o -> nameKeyOf.apply(o).equals(nameKey)).toList();
    Optional<T> unknown = named.stream().filter(o -> schemaOf.apply(o) == null).reduce((a, b) -> b);
    if (unknown.isPresent() || strict) {
      return unknown;
    }
    return named.stream()
        .filter(o -> defaultSchema != null && defaultSchema.equals(schemaOf.apply(o)))
        .findFirst()
        .or(() -> named.stream().reduce((a, b) -> b));
  }

  /**
   * The sequence the database would resolve this name to, if any: the one in the entity default
   * schema, else the one in the replay's default schema, else the last created of that name.
   */
  public Optional<SequenceDef> sequence(String name, boolean quoted) {
    String nameKey = dialect.key(name, quoted);
    SequenceDef exact = sequences.get(tableKey(defaultSchema, entityDefaultSchema(), nameKey));
    if (exact != null) {
      return Optional.of(exact);
    }
    List<SequenceDef> named =
        sequences.values().stream().filter(q -> dialect.key(q.name(), q.quoted()).equals(nameKey)).toList();
    return named.stream()
        .filter(q -> defaultSchema != null && defaultSchema.equals(q.schema()))
        .findFirst()
        .or(() -> named.stream().reduce((a, b) -> b));
  }

  /**
   * The table the database would resolve this name to, if any: the one in the entity default
   * schema, else the only (or last created) one of that name in any schema.
   */
  public Optional<TableDef> table(String name, boolean quoted) {
    return table(null, name, quoted);
  }

  /** Statement counts of one replay. */
  public record ReplayStats(int replayed, int ignored, int notUnderstood) implements java.io.Serializable {}
}
