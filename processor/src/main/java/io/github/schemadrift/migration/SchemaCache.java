package io.github.schemadrift.migration;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Keeps the replayed schema between builds, so that a compile after an entity change, with the
 * migrations unchanged, neither parses nor replays a statement. The key is everything the replay
 * reads: the processor build, the dialect, the placeholders, and each migration's name, kind and
 * bytes (as their SHA-256 digest). The file lives in the build's output folder; it is safe to delete, and one
 * that is stale, corrupt (a checksum covers it) or written by another processor build is ignored
 * and replaced.
 *
 * <p>The file also records each migration's size, modification time and content digest, and a
 * migration whose size and time are unchanged is not read again: its recorded digest stands for
 * its bytes. As with make and Gradle, an edit that keeps the size and puts the old modification
 * time back goes unseen until the file changes again or the cache is deleted. A file modified in
 * the two seconds before it was stamped is not trusted (two edits within one tick of a coarse
 * file clock look like one): it is read again until a later build finds it older and stamps it.
 *
 * <p>With a {@link UserSchemaCache}, a miss here (no file, as after {@code mvn clean}) asks that
 * second level, keyed by the same inputs without paths, and a hit there is copied back here; every
 * store writes both.
 *
 * <p>Beside the schema the file keeps the replay's snapshots ({@link CacheBody}): on a miss with
 * the same inputs, {@link #resumable} gives the state after the longest unchanged run of
 * migrations from the first, here or in the second level ({@link CacheResume}), and {@link
 * CachedReplay} replays only the migrations after it.
 *
 * <p>The schema itself is written by {@link SchemaCodec}, not by Java serialisation (see there
 * for the numbers).
 */
public final class SchemaCache {

  /**
   * The file format's version, written first and part of the key: bump it whenever the layout or
   * an encoded record changes (2: tables keyed by schema, with the replay's default schema; 3:
   * foreign keys, views and enum types keyed by schema; 4: {@link SchemaCodec} with file stamps
   * and a checksum instead of Java serialisation; 6: {@link CacheBody}, the schema followed by
   * replay snapshots to resume from).
   */
  static final int FORMAT = 6;

  private static final int MAGIC = 0x53444331; // "SDC1"

  private final Path file;
  private final String inputs;
  private final List<CacheStamp> stamps;
  /** The cache file as read by {@link #of} when its inputs are this key's, else null. */
  private final byte[] previous;
  /** Whether {@link #previous} is for exactly these migrations. */
  private final boolean hit;
  /** How many migrations, from the first, {@link #previous} has with the same name and bytes. */
  private final int unchanged;
  private final int bodyOffset;
  /**
   * Whether files that were too recent to trust when the cache was written are old enough now:
   * then a load writes their stamps again, so that later builds need not read them.
   */
  private final boolean restamp;
  /** The second level in the user's cache folder, or null. */
  private final UserSchemaCache user;
  /** {@link #sharedKey()}, once computed. */
  private String sharedKey;
  private boolean fromUserCache;
  /** The snapshot {@link #resumable} gave, as stored: {@link #store(CachedReplay.Outcome)} copies it when it keeps it. */
  private CacheBody.Stored resumedFrom;

  private SchemaCache(Path file, String inputs, List<CacheStamp> stamps, byte[] previous, boolean hit, int unchanged,
      int bodyOffset, boolean restamp, UserSchemaCache user) {
    this.hit = hit;
    this.unchanged = unchanged;
    this.user = user;
    this.file = file;
    this.inputs = inputs;
    this.stamps = stamps;
    this.previous = previous;
    this.bodyOffset = bodyOffset;
    this.restamp = restamp;
  }

  /**
   * The cache entry for this replay. The key is everything below but the file, with each
   * migration's bytes as their SHA-256 digest; it is kept in the file whole and compared whole,
   * which needs no hashing at all when no migration changed.
   *
   * @param file where the cache lives
   * @param processorBuild what tells this processor build from another (size and time of its jar)
   */
  public static SchemaCache of(
      Path file, String processorBuild, Dialect dialect, Map<String, String> placeholders, List<MigrationFile> migrations)
      throws IOException {
    return of(file, null, processorBuild, dialect, placeholders, migrations);
  }

  /** As {@link #of(Path, String, Dialect, Map, List)}, with a second level in the user's cache folder (or null). */
  public static SchemaCache of(Path file, UserSchemaCache user, String processorBuild, Dialect dialect,
      Map<String, String> placeholders, List<MigrationFile> migrations) throws IOException {
    StringBuilder key = new StringBuilder();
    key.append("format ").append(FORMAT).append('\0').append(processorBuild).append('\0').append(dialect.name());
    for (Map.Entry<String, String> p : new TreeMap<>(placeholders).entrySet()) {
      key.append('\0').append(p.getKey()).append('=').append(p.getValue());
    }
    String inputs = key.toString();

    CacheStamp.Previous last = CacheStamp.Previous.read(readIntact(file));
    byte[] previous = last.bytes();
    String previousInputs = last.inputs();
    List<CacheStamp> previousStamps = last.stamps();
    int bodyOffset = last.bodyOffset();
    List<CacheStamp> stamps = CacheStamp.all(migrations, previousStamps);
    boolean sameInputs = previous != null && inputs.equals(previousInputs);
    int unchanged = 0;
    boolean newlySettled = false;
    while (sameInputs && unchanged < Math.min(stamps.size(), previousStamps.size())
        && stamps.get(unchanged).sameInput(previousStamps.get(unchanged))) {
      newlySettled |= stamps.get(unchanged).settled() && !previousStamps.get(unchanged).settled();
      unchanged++;
    }
    boolean hit = sameInputs && unchanged == stamps.size() && unchanged == previousStamps.size();
    return new SchemaCache(file, inputs, stamps, sameInputs ? previous : null, hit, unchanged, bodyOffset,
        hit && newlySettled, user);
  }

  /** The cached schema, if the file holds one for exactly this key; the migrations are today's. */
  public Optional<SchemaModel> load(List<MigrationFile> migrations) {
    if (!hit) {
      return loadShared(migrations);
    }
    try {
      SchemaModel cached = CacheBody.schema(previous, bodyOffset, previous.length - 4, migrations);
      if (restamp) {
        write(previous, bodyOffset, previous.length - 4 - bodyOffset);
      }
      return Optional.of(cached.withEntitySchema(null));
    } catch (RuntimeException e) {
      return Optional.empty(); // corrupt: replay again and overwrite
    }
  }

  /** Writes the schema for this key, atomically; a failure only costs the next build time. */
  public void store(SchemaModel schema) {
    store(schema, List.of());
  }

  /** Writes a replay's schema and the snapshots to resume from: after it, and before its last migration. */
  public void store(CachedReplay.Outcome outcome) {
    ReplaySnapshot.Replayed replayed = outcome.replayed();
    store(outcome.schema(), replayed.beforeLast() == null ? List.of(replayed.snapshot())
        : List.of(replayed.snapshot(), replayed.beforeLast()));
  }

  private void store(SchemaModel schema, List<ReplaySnapshot> snapshots) {
    try {
      // Hibernate's default schema is no replay input: it is set again after load
      byte[] body = CacheBody.encode(schema.withEntitySchema(null), snapshots, resumedFrom);
      write(body, 0, body.length);
      if (user != null) {
        user.write(sharedKey(), body, 0, body.length);
      }
    } catch (RuntimeException e) {
      // the next build replays again; nothing else depends on the cache
    }
  }

  /** Whether the last {@link #load} found the schema in the user's cache folder (not in the build folder). */
  public boolean fromUserCache() {
    return fromUserCache;
  }

  /** The schema from the user's cache folder, copied into the build folder's file; empty on a miss or a corrupt entry. */
  private Optional<SchemaModel> loadShared(List<MigrationFile> migrations) {
    if (user == null) {
      return Optional.empty();
    }
    byte[] body = user.read(sharedKey());
    if (body == null) {
      return Optional.empty();
    }
    try {
      SchemaModel cached = CacheBody.schema(body, 0, body.length, migrations);
      write(body, 0, body.length);
      fromUserCache = true;
      return Optional.of(cached.withEntitySchema(null));
    } catch (RuntimeException e) {
      return Optional.empty(); // corrupt despite its checksum: replay again and overwrite
    }
  }

  /**
   * The replay's state after the longest run of unchanged migrations, from the first, that this
   * cache or the user's cache folder holds a snapshot of; null when neither has one (or only a
   * corrupt one): then the replay starts from nothing.
   */
  ReplaySnapshot resumable() {
    resumedFrom = hit ? null : CacheResume.find(previous, bodyOffset, unchanged, user, user == null ? List.of() : keys(true));
    return resumedFrom == null ? null : resumedFrom.snapshot();
  }

  /**
   * The user-level key: a SHA-256 over the inputs and each migration's kind, name, version and
   * content digest, in order; no path, so another checkout of the same migrations has the same key.
   */
  String sharedKey() {
    if (sharedKey == null) {
      sharedKey = keys(false).get(0);
    }
    return sharedKey;
  }

  /** {@link #sharedKey()} of the first k migrations for each k from none to all ({@code prefixes}), else of all alone. */
  private List<String> keys(boolean prefixes) {
    MessageDigest sha = sha256();
    sha.update(inputs.getBytes(StandardCharsets.UTF_8));
    List<String> keys = new ArrayList<>();
    for (int k = 0; k <= stamps.size(); k++) {
      if (prefixes || k == stamps.size()) {
        keys.add(HexFormat.of().formatHex(k == stamps.size() ? sha.digest() : CacheResume.digestSoFar(sha)));
      }
      if (k < stamps.size()) {
        sha.update((byte) 0);
        sha.update(stamps.get(k).name().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(stamps.get(k).digest());
      }
    }
    return keys;
  }

  /** Writes this key's stamps and an encoded schema, atomically; a failure only costs the next build time. */
  private void write(byte[] body, int offset, int length) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(length + 100 * stamps.size() + 256);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC + FORMAT);
      byte[] utf8 = inputs.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
      out.writeInt(stamps.size());
      byte[] path = new byte[0];
      for (CacheStamp stamp : stamps) {
        writeShortBytes(out, stamp.name().getBytes(StandardCharsets.UTF_8));
        byte[] next = stamp.path().getBytes(StandardCharsets.UTF_8);
        if (next.length > 0xFFFF) {
          throw new IOException("path too long for the cache");
        }
        int common = Arrays.mismatch(path, next);
        common = common < 0 ? path.length : common; // paths come in order: most of each is its predecessor's
        out.writeShort(common);
        writeShortBytes(out, Arrays.copyOfRange(next, common, next.length));
        path = next;
        out.writeLong(stamp.size());
        out.writeLong(stamp.seconds());
        out.writeInt(stamp.nanos());
        out.write(stamp.digest());
        out.writeBoolean(stamp.settled());
      }
      out.write(body, offset, length);
      out.flush();
      byte[] written = bytes.toByteArray();
      CRC32 crc = new CRC32();
      crc.update(written);
      out.writeInt((int) crc.getValue());
      out.flush();
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "schema", ".tmp");
      Files.write(temp, bytes.toByteArray());
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // the next build replays again; nothing else depends on the cache
    }
  }

  /** Bytes behind their length as two bytes; longer ones cannot be stored. */
  private static void writeShortBytes(DataOutputStream out, byte[] bytes) throws IOException {
    if (bytes.length > 0xFFFF) {
      throw new IOException("name too long for the cache");
    }
    out.writeShort(bytes.length);
    out.write(bytes);
  }

  /** The cache file's bytes when it is of this format and its checksum holds, else null. */
  private static byte[] readIntact(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length < 12) {
        return null;
      }
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      if (in.readInt() != MAGIC + FORMAT) {
        return null;
      }
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bytes.length - 4);
      int stored = (bytes[bytes.length - 4] & 0xFF) << 24 | (bytes[bytes.length - 3] & 0xFF) << 16
          | (bytes[bytes.length - 2] & 0xFF) << 8 | (bytes[bytes.length - 1] & 0xFF);
      return stored == (int) crc.getValue() ? bytes : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
