package io.github.schemadrift.migration;

import java.nio.ByteBuffer;
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
 * int count, then per snapshot: int length, its schema (0: the one above), int length, its extras
 * </pre>
 *
 * A cache hit reads the schema alone; only a replay that resumes decodes a snapshot.
 */
final class CacheBody {

  private CacheBody() {}

  /** The body for {@code schema} (every migration replayed) and the snapshots to resume from. */
  static byte[] encode(SchemaModel schema, List<ReplaySnapshot> snapshots) {
    byte[] main = SchemaCodec.encode(schema);
    int total = 8 + main.length;
    byte[][] parts = new byte[snapshots.size() * 2][];
    for (int i = 0; i < snapshots.size(); i++) {
      ReplaySnapshot s = snapshots.get(i);
      boolean shared = s.migrations() == schema.migrations().size();
      parts[2 * i] = shared ? new byte[0] : SchemaCodec.encode(s.schema());
      parts[2 * i + 1] = SchemaCodec.encodeExtras(s);
      total += 8 + parts[2 * i].length + parts[2 * i + 1].length;
    }
    ByteBuffer out = ByteBuffer.allocate(total);
    out.putInt(main.length).put(main).putInt(snapshots.size());
    for (byte[] part : parts) {
      out.putInt(part.length).put(part);
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
   * The snapshot after the most migrations, at most {@code unchanged} of them, or null when the
   * body holds none.
   *
   * @throws RuntimeException when the bytes are not such a body
   */
  static ReplaySnapshot snapshot(byte[] bytes, int offset, int end, int unchanged) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, end - offset);
    int mainLength = in.getInt();
    checkLength(mainLength, in, end);
    int mainOffset = in.position();
    in.position(mainOffset + mainLength);
    int count = in.getInt();
    ReplaySnapshot best = null;
    for (int i = 0; i < count; i++) {
      int schemaLength = in.getInt();
      checkLength(schemaLength, in, end);
      int schemaOffset = in.position();
      in.position(schemaOffset + schemaLength);
      int extrasLength = in.getInt();
      checkLength(extrasLength, in, end);
      int extrasOffset = in.position();
      in.position(extrasOffset + extrasLength);
      ReplaySnapshot s = schemaLength == 0
          ? SchemaCodec.decodeSnapshot(bytes, mainOffset, mainOffset + mainLength, extrasOffset, extrasOffset + extrasLength)
          : SchemaCodec.decodeSnapshot(bytes, schemaOffset, schemaOffset + schemaLength, extrasOffset, extrasOffset + extrasLength);
      if (s.migrations() <= unchanged && (best == null || s.migrations() > best.migrations())) {
        best = s;
      }
    }
    if (in.position() != end) {
      throw new IllegalArgumentException("trailing bytes");
    }
    return best;
  }

  private static void checkLength(int length, ByteBuffer in, int end) {
    if (length < 0 || length > end - in.position()) {
      throw new IllegalArgumentException("bad length");
    }
  }
}
