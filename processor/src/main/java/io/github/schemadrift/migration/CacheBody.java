package io.github.schemadrift.migration;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * What a cache file holds after its key (the same in the build folder and in the user's cache
 * folder): the replayed schema, then the replay snapshots to resume from (issue 18, item 3), each
 * as the migrations it follows and what the replay keeps beside the schema ({@link
 * SchemaCodec#encodeExtras}); a snapshot taken after every migration shares the schema written
 * first, any other carries its own.
 *
 * <pre>
 * int length, schema ({@link SchemaCodec#encode})
 * int count, then per snapshot: int migrations, int length, its schema (0: the one above), int length, its extras
 * </pre>
 *
 * A cache hit reads the schema alone; only a replay that resumes decodes a snapshot.
 */
final class CacheBody {

  private CacheBody() {}

  /**
   * A snapshot as decoded from a body, with where its encoded schema and extras lie in {@code
   * bytes}: a store that keeps the same snapshot copies them instead of encoding it again (the
   * codec is canonical, so the bytes are the same; {@code SchemaCacheResumeTest} compares them).
   */
  record Stored(ReplaySnapshot snapshot, byte[] bytes, int schemaOffset, int schemaLength, int extrasOffset,
      int extrasLength) {}

  /** The body for {@code schema} (every migration replayed) and the snapshots to resume from. */
  static byte[] encode(SchemaModel schema, List<ReplaySnapshot> snapshots) {
    return encode(schema, snapshots, null);
  }

  /**
   * As {@link #encode(SchemaModel, List)}; a snapshot that is {@code reused}'s (the one a resumed
   * replay started from, kept as the state before the last migration) is copied, not encoded.
   */
  static byte[] encode(SchemaModel schema, List<ReplaySnapshot> snapshots, Stored reused) {
    byte[] main = SchemaCodec.encode(schema);
    int total = 8 + main.length + 4 * snapshots.size();
    byte[][] parts = new byte[snapshots.size() * 2][];
    for (int i = 0; i < snapshots.size(); i++) {
      ReplaySnapshot s = snapshots.get(i);
      boolean shared = s.migrations() == schema.migrations().size();
      if (!shared && reused != null && s == reused.snapshot()) {
        parts[2 * i] = Arrays.copyOfRange(reused.bytes(), reused.schemaOffset(), reused.schemaOffset() + reused.schemaLength());
        parts[2 * i + 1] =
            Arrays.copyOfRange(reused.bytes(), reused.extrasOffset(), reused.extrasOffset() + reused.extrasLength());
      } else {
        parts[2 * i] = shared ? new byte[0] : SchemaCodec.encode(s.schema());
        parts[2 * i + 1] = SchemaCodec.encodeExtras(s);
      }
      total += 8 + parts[2 * i].length + parts[2 * i + 1].length;
    }
    ByteBuffer out = ByteBuffer.allocate(total);
    out.putInt(main.length).put(main).putInt(snapshots.size());
    for (int i = 0; i < parts.length; i++) {
      if (i % 2 == 0) {
        out.putInt(snapshots.get(i / 2).migrations());
      }
      out.putInt(parts[i].length).put(parts[i]);
    }
    return out.array();
  }

  /**
   * The schema of a body that lies in {@code bytes} from {@code offset} to {@code end}.
   *
   * @throws RuntimeException when the bytes are not such a body
   */
  static SchemaModel schema(byte[] bytes, int offset, int end, List<MigrationFile> migrations) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, end - offset);
    int length = in.getInt();
    checkLength(length, in, end);
    return SchemaCodec.decode(bytes, in.position(), in.position() + length, migrations);
  }

  /**
   * The snapshot after the most migrations, at most {@code unchanged} of them, with where it lies,
   * or null when the body holds none.
   *
   * @throws RuntimeException when the bytes are not such a body
   */
  static Stored snapshot(byte[] bytes, int offset, int end, int unchanged) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, end - offset);
    int mainLength = in.getInt();
    checkLength(mainLength, in, end);
    int mainOffset = in.position();
    in.position(mainOffset + mainLength);
    int count = in.getInt();
    int[] best = null; // migrations, schema offset and length, extras offset and length: decoded once chosen
    for (int i = 0; i < count; i++) {
      int migrations = in.getInt();
      int schemaLength = in.getInt();
      checkLength(schemaLength, in, end);
      int schemaOffset = in.position();
      in.position(schemaOffset + schemaLength);
      int extrasLength = in.getInt();
      checkLength(extrasLength, in, end);
      int extrasOffset = in.position();
      in.position(extrasOffset + extrasLength);
      if (migrations <= unchanged && (best == null || migrations > best[0])) {
        best = schemaLength == 0
            ? new int[] {migrations, mainOffset, mainLength, extrasOffset, extrasLength}
            : new int[] {migrations, schemaOffset, schemaLength, extrasOffset, extrasLength};
      }
    }
    if (in.position() != end) {
      throw new IllegalArgumentException("trailing bytes");
    }
    if (best == null) {
      return null;
    }
    ReplaySnapshot s = SchemaCodec.decodeSnapshot(bytes, best[1], best[1] + best[2], best[3], best[3] + best[4]);
    if (s.migrations() != best[0]) {
      throw new IllegalArgumentException("snapshot count mismatch");
    }
    return new Stored(s, bytes, best[1], best[2], best[3], best[4]);
  }

  private static void checkLength(int length, ByteBuffer in, int end) {
    if (length < 0 || length > end - in.position()) {
      throw new IllegalArgumentException("bad length");
    }
  }
}
