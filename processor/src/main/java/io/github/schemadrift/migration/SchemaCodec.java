package io.github.schemadrift.migration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay cache's binary form of a {@link SchemaModel} (all but its migrations, which are known
 * again at load). Every string is written once into a table and referred to by number; numbers
 * are variable-length. Hand-written rather than Java serialisation, the library the cache used
 * before: on the large generated project (1,000 tables, 3,000 migrations), read back in a fresh
 * JVM as javac's is, Java serialisation took 150–175 ms of CPU (medians of five JVMs) and wrote
 * 1.37 MB; this form reads back in about 20 ms and the whole cache file, stamps of the 3,000
 * files included, is 0.84 MB. Records are written component by component in declaration order:
 * a record that gains a component must gain it here too ({@code SchemaCodecTest} fails until it
 * does).
 */
final class SchemaCodec {

  private SchemaCodec() {}

  /** Encodes the schema; its migrations are left out. */
  static byte[] encode(SchemaModel schema) {
    Out body = new Out();
    body.str(schema.dialect().name());
    body.varint(schema.tables().size());
    for (Map.Entry<String, TableDef> e : schema.tables().entrySet()) {
      body.str(e.getKey());
      table(body, e.getValue());
    }
    body.varint(schema.problems().size());
    for (SqlProblem p : schema.problems()) {
      body.str(p.ruleId());
      location(body, p.location());
      body.varint(p.column());
      body.str(p.message());
      body.str(p.table());
    }
    SchemaModel.ReplayStats stats = schema.stats();
    body.bool(stats != null);
    if (stats != null) {
      body.varint(stats.replayed());
      body.varint(stats.ignored());
      body.varint(stats.notUnderstood());
    }
    body.varint(schema.sequences().size());
    for (Map.Entry<String, SequenceDef> e : schema.sequences().entrySet()) {
      SequenceDef q = e.getValue();
      body.str(e.getKey());
      body.str(q.schema());
      body.str(q.name());
      body.bool(q.quoted());
      body.bool(q.start() != null);
      if (q.start() != null) {
        body.varlong(q.start());
      }
      body.varlong(q.increment());
      location(body, q.lastChanged());
    }
    body.varint(schema.enumTypes().size());
    for (Map.Entry<String, EnumTypeDef> e : schema.enumTypes().entrySet()) {
      EnumTypeDef t = e.getValue();
      body.str(e.getKey());
      body.str(t.schema());
      body.str(t.name());
      body.bool(t.quoted());
      body.strings(t.values());
      location(body, t.lastChanged());
    }
    body.varint(schema.views().size());
    for (Map.Entry<String, ViewDef> e : schema.views().entrySet()) {
      ViewDef v = e.getValue();
      body.str(e.getKey());
      body.str(v.schema());
      body.str(v.name());
      body.bool(v.quoted());
      body.strings(v.columns());
      location(body, v.createdAt());
    }
    body.strings(schema.notes());
    body.str(schema.defaultSchema());
    body.str(schema.entitySchema());
    body.varint(schema.droppedTables().size());
    schema.droppedTables().forEach((key, at) -> {
      body.str(key);
      location(body, at);
    });
    return framed(body);
  }

  /**
   * Encodes what a {@link ReplaySnapshot} keeps beside its schema (which {@link #encode} writes):
   * how many migrations it follows, what each view reads, the sequences columns own, the schemas
   * known to exist.
   */
  static byte[] encodeExtras(ReplaySnapshot snapshot) {
    Out body = new Out();
    body.varint(snapshot.migrations());
    body.varint(snapshot.viewDependencies().size());
    snapshot.viewDependencies().forEach((key, d) -> {
      body.str(key);
      body.strings(List.copyOf(d.relations()));
      body.strings(List.copyOf(d.words()));
      body.bool(d.star());
    });
    body.varint(snapshot.sequenceOwners().size());
    snapshot.sequenceOwners().forEach((key, o) -> {
      body.str(key);
      body.str(o.table());
      body.str(o.column());
      body.bool(o.identity());
    });
    body.strings(snapshot.knownSchemas());
    return framed(body);
  }

  /** Decodes a snapshot: its schema as {@link #encode} wrote it, its extras as {@link #encodeExtras} did. */
  static ReplaySnapshot decodeSnapshot(byte[] bytes, int schemaOffset, int schemaEnd, int extrasOffset, int extrasEnd) {
    SchemaModel schema = decode(bytes, schemaOffset, schemaEnd, List.of());
    In in = start(bytes, extrasOffset, extrasEnd);
    int migrations = in.varint();
    int viewCount = in.count();
    Map<String, ReplayState.ViewDependencies> views = new LinkedHashMap<>();
    for (int i = 0; i < viewCount; i++) {
      views.put(in.str(), new ReplayState.ViewDependencies(
          new java.util.LinkedHashSet<>(in.strings()), new java.util.LinkedHashSet<>(in.strings()), in.bool()));
    }
    int ownerCount = in.count();
    Map<String, ReplayState.SequenceOwner> owners = new LinkedHashMap<>();
    for (int i = 0; i < ownerCount; i++) {
      owners.put(in.str(), new ReplayState.SequenceOwner(in.str(), in.str(), in.bool()));
    }
    List<String> knownSchemas = in.strings();
    if (in.pos != extrasEnd || migrations < 0) {
      throw new IllegalArgumentException("trailing bytes");
    }
    return new ReplaySnapshot(schema, migrations, views, owners, knownSchemas);
  }

  /** The string table, then the body that refers to it. */
  private static byte[] framed(Out body) {
    Out all = new Out();
    all.varint(body.strings.size());
    for (String s : body.order) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      all.varint(utf8.length);
      all.bytes(utf8, utf8.length);
    }
    all.bytes(body.buf, body.size);
    return Arrays.copyOf(all.buf, all.size);
  }

  /**
   * Decodes what {@link #encode} wrote, with these migrations.
   *
   * @throws RuntimeException when the bytes are not such a schema
   */
  static SchemaModel decode(byte[] bytes, int offset, int end, List<MigrationFile> migrations) {
    In in = start(bytes, offset, end);
    Dialect dialect = Dialect.valueOf(in.str());
    int tableCount = in.count();
    Map<String, TableDef> tables = new LinkedHashMap<>();
    for (int i = 0; i < tableCount; i++) {
      tables.put(in.str(), table(in));
    }
    int problemCount = in.count();
    List<SqlProblem> problems = new ArrayList<>(problemCount);
    for (int i = 0; i < problemCount; i++) {
      problems.add(new SqlProblem(in.str(), location(in), in.varint(), in.str(), in.str()));
    }
    SchemaModel.ReplayStats stats =
        in.bool() ? new SchemaModel.ReplayStats(in.varint(), in.varint(), in.varint()) : null;
    int sequenceCount = in.count();
    Map<String, SequenceDef> sequences = new LinkedHashMap<>();
    for (int i = 0; i < sequenceCount; i++) {
      String key = in.str();
      String schema = in.str();
      String name = in.str();
      boolean quoted = in.bool();
      Long start = in.bool() ? in.varlong() : null;
      sequences.put(key, new SequenceDef(schema, name, quoted, start, in.varlong(), location(in)));
    }
    int enumCount = in.count();
    Map<String, EnumTypeDef> enumTypes = new LinkedHashMap<>();
    for (int i = 0; i < enumCount; i++) {
      enumTypes.put(in.str(), new EnumTypeDef(in.str(), in.str(), in.bool(), in.strings(), location(in)));
    }
    int viewCount = in.count();
    Map<String, ViewDef> views = new LinkedHashMap<>();
    for (int i = 0; i < viewCount; i++) {
      views.put(in.str(), new ViewDef(in.str(), in.str(), in.bool(), in.strings(), location(in)));
    }
    List<String> notes = in.strings();
    String defaultSchema = in.str();
    String entitySchema = in.str();
    int droppedCount = in.count();
    Map<String, SqlLocation> dropped = new LinkedHashMap<>();
    for (int i = 0; i < droppedCount; i++) {
      dropped.put(in.str(), location(in));
    }
    if (in.pos != end) {
      throw new IllegalArgumentException("trailing bytes");
    }
    return new SchemaModel(
        dialect, tables, migrations, problems, stats, sequences, enumTypes, views, notes, defaultSchema, entitySchema, dropped);
  }

  /** Reads the string table {@link #framed} wrote; the body follows. */
  private static In start(byte[] bytes, int offset, int end) {
    In in = new In(bytes, offset, end);
    int count = in.count();
    String[] strings = new String[count];
    for (int i = 0; i < count; i++) {
      int length = in.count();
      strings[i] = new String(bytes, in.skip(length), length, StandardCharsets.UTF_8);
    }
    in.strings = strings;
    return in;
  }

  private static void table(Out out, TableDef t) {
    out.str(t.schema());
    out.str(t.name());
    out.bool(t.quoted());
    out.varint(t.columns().size());
    for (ColumnDef c : t.columns()) {
      out.str(c.name());
      out.bool(c.quoted());
      SqlType type = c.type();
      out.bool(type != null);
      if (type != null) {
        out.str(type.base());
        out.integer(type.length());
        out.integer(type.precision());
        out.integer(type.scale());
      }
      out.bool(c.nullable());
      out.str(c.defaultValue());
      out.bool(c.identity());
      location(out, c.lastChanged());
      location(out, c.nullabilityChanged());
      out.strings(c.enumValues());
      out.bool(c.generated());
      out.strings(c.formerNames());
      location(out, c.renamedAt());
    }
    out.strings(t.primaryKey());
    location(out, t.createdAt());
    out.varint(t.uniques().size());
    for (UniqueDef u : t.uniques()) {
      out.str(u.name());
      out.strings(u.columns());
      out.bool(u.index());
      location(out, u.definedAt());
    }
    out.varint(t.foreignKeys().size());
    for (ForeignKeyDef f : t.foreignKeys()) {
      out.str(f.name());
      out.strings(f.columns());
      out.str(f.referencedTable());
      out.strings(f.referencedColumns());
      out.str(f.onDelete());
      location(out, f.definedAt());
      out.str(f.referencedSchema());
    }
    out.varint(t.checks().size());
    for (CheckDef c : t.checks()) {
      out.str(c.name());
      out.str(c.expression());
      out.str(c.column());
      out.strings(c.allowedValues());
      location(out, c.definedAt());
    }
    out.varint(t.indexes().size());
    for (IndexDef x : t.indexes()) {
      out.str(x.name());
      out.strings(x.columns());
      out.bool(x.unique());
      location(out, x.definedAt());
    }
    out.str(t.primaryKeyName());
  }

  private static TableDef table(In in) {
    String schema = in.str();
    String name = in.str();
    boolean quoted = in.bool();
    int columnCount = in.count();
    List<ColumnDef> columns = new ArrayList<>(columnCount);
    for (int i = 0; i < columnCount; i++) {
      String columnName = in.str();
      boolean columnQuoted = in.bool();
      SqlType type = in.bool() ? new SqlType(in.str(), in.integer(), in.integer(), in.integer()) : null;
      columns.add(
          new ColumnDef(
              columnName, columnQuoted, type, in.bool(), in.str(), in.bool(), location(in), location(in),
              in.strings(), in.bool(), in.strings(), location(in)));
    }
    List<String> primaryKey = in.strings();
    SqlLocation createdAt = location(in);
    int uniqueCount = in.count();
    List<UniqueDef> uniques = new ArrayList<>(uniqueCount);
    for (int i = 0; i < uniqueCount; i++) {
      uniques.add(new UniqueDef(in.str(), in.strings(), in.bool(), location(in)));
    }
    int foreignKeyCount = in.count();
    List<ForeignKeyDef> foreignKeys = new ArrayList<>(foreignKeyCount);
    for (int i = 0; i < foreignKeyCount; i++) {
      foreignKeys.add(
          new ForeignKeyDef(in.str(), in.strings(), in.str(), in.strings(), in.str(), location(in), in.str()));
    }
    int checkCount = in.count();
    List<CheckDef> checks = new ArrayList<>(checkCount);
    for (int i = 0; i < checkCount; i++) {
      checks.add(new CheckDef(in.str(), in.str(), in.str(), in.strings(), location(in)));
    }
    int indexCount = in.count();
    List<IndexDef> indexes = new ArrayList<>(indexCount);
    for (int i = 0; i < indexCount; i++) {
      indexes.add(new IndexDef(in.str(), in.strings(), in.bool(), location(in)));
    }
    return new TableDef(
        schema, name, quoted, columns, primaryKey, createdAt, uniques, foreignKeys, checks, indexes, in.str());
  }

  private static void location(Out out, SqlLocation at) {
    out.bool(at != null);
    if (at != null) {
      out.str(at.displayName()); // a changelog's changeSet rides after the file
      out.varint(at.line());
    }
  }

  private static SqlLocation location(In in) {
    return in.bool() ? new SqlLocation(in.str(), in.varint()) : null;
  }

  /** A growing byte buffer with the string table being collected. */
  private static final class Out {
    private final Map<String, Integer> strings = new HashMap<>();
    /** The strings in the order their numbers were handed out. */
    private final List<String> order = new ArrayList<>();
    private byte[] buf = new byte[1 << 16];
    private int size;

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
      }
    }

    void bytes(byte[] b, int length) {
      ensure(length);
      System.arraycopy(b, 0, buf, size, length);
      size += length;
    }

    void varlong(long value) {
      long v = (value << 1) ^ (value >> 63); // zig-zag: small negatives stay short
      ensure(10);
      while ((v & ~0x7FL) != 0) {
        buf[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf[size++] = (byte) v;
    }

    void varint(int value) {
      varlong(value);
    }

    void bool(boolean value) {
      ensure(1);
      buf[size++] = (byte) (value ? 1 : 0);
    }

    void integer(Integer value) {
      bool(value != null);
      if (value != null) {
        varint(value);
      }
    }

    /** A string as its number in the table plus one; 0 is null. */
    void str(String s) {
      if (s == null) {
        varint(0);
        return;
      }
      Integer index = strings.get(s);
      if (index == null) {
        index = strings.size();
        strings.put(s, index);
        order.add(s);
      }
      varint(index + 1);
    }

    void strings(List<String> list) {
      varint(list.size());
      for (String s : list) {
        str(s);
      }
    }
  }

  /** Reads what {@link Out} wrote; any inconsistency throws. */
  private static final class In {
    private final byte[] bytes;
    private final int end;
    private int pos;
    private String[] strings;

    In(byte[] bytes, int offset, int end) {
      if (offset < 0 || end > bytes.length || offset > end) {
        throw new IllegalArgumentException("bad bounds");
      }
      this.bytes = bytes;
      this.pos = offset;
      this.end = end;
    }

    int skip(int length) {
      if (length > end - pos) {
        throw new IllegalArgumentException("truncated");
      }
      int at = pos;
      pos += length;
      return at;
    }

    long varlong() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= end) {
          throw new IllegalArgumentException("truncated");
        }
        byte b = bytes[pos++];
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return (v >>> 1) ^ -(v & 1);
        }
      }
      throw new IllegalArgumentException("bad number");
    }

    int varint() {
      long v = varlong();
      if (v != (int) v) {
        throw new IllegalArgumentException("bad number");
      }
      return (int) v;
    }

    /** A count or length: never negative, never more than the bytes left. */
    int count() {
      int n = varint();
      if (n < 0 || n > end - pos) {
        throw new IllegalArgumentException("bad count");
      }
      return n;
    }

    boolean bool() {
      if (pos >= end) {
        throw new IllegalArgumentException("truncated");
      }
      byte b = bytes[pos++];
      if (b != 0 && b != 1) {
        throw new IllegalArgumentException("bad boolean");
      }
      return b == 1;
    }

    Integer integer() {
      return bool() ? Integer.valueOf(varint()) : null;
    }

    String str() {
      int index = varint();
      return index == 0 ? null : strings[index - 1];
    }

    List<String> strings() {
      int n = count();
      String[] list = new String[n];
      for (int i = 0; i < n; i++) {
        list[i] = str();
      }
      return Arrays.asList(list);
    }
  }
}
