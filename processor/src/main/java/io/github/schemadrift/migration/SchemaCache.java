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
 * <p>The schema itself is written by {@link SchemaCodec}, not by Java serialisation (see there
 * for the numbers).
 */
public final class SchemaCache {

  /**
   * The file format's version, written first and part of the key: bump it whenever the layout or
   * an encoded record changes (2: tables keyed by schema, with the replay's default schema; 3:
   * foreign keys, views and enum types keyed by schema; 4: {@link SchemaCodec} with file stamps
   * and a checksum instead of Java serialisation).
   */
  static final int FORMAT = 5;

  private static final int MAGIC = 0x53444331; // "SDC1"

  /** How recent a modification must be for a file to be read again even with an unchanged stamp. */
  private static final long RACY_MILLIS = 2_000; // FAT's clock ticks in 2 s, ext3's and HFS+'s in 1 s

  /**
   * A migration as last seen: what the key takes from it (kind, name, version), where it is, its
   * size and modification time, its bytes' digest, and whether the time was old enough to trust.
   */
  private record Stamp(String name, String path, long size, long seconds, int nanos, byte[] digest, boolean settled) {
    boolean sameFile(long otherSize, Instant time) {
      return settled && size == otherSize && seconds == time.getEpochSecond() && nanos == time.getNano();
    }

    boolean sameInput(Stamp other) {
      return name.equals(other.name) && Arrays.equals(digest, other.digest);
    }
  }

  private final Path file;
  private final String inputs;
  private final List<Stamp> stamps;
  /** The cache file as read by {@link #of} when its key is this one, else null. */
  private final byte[] previous;
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

  private SchemaCache(
      Path file, String inputs, List<Stamp> stamps, byte[] previous, int bodyOffset, boolean restamp, UserSchemaCache user) {
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

    Previous last = Previous.read(readIntact(file));
    byte[] previous = last.bytes();
    String previousInputs = last.inputs();
    List<Stamp> previousStamps = last.stamps();
    int bodyOffset = last.bodyOffset();
    List<Stamp> stamps = stamps(migrations, previousStamps);
    boolean hit = previous != null && inputs.equals(previousInputs) && previousStamps.size() == stamps.size();
    boolean newlySettled = false;
    for (int i = 0; hit && i < stamps.size(); i++) {
      hit = stamps.get(i).sameInput(previousStamps.get(i));
      newlySettled |= stamps.get(i).settled() && !previousStamps.get(i).settled();
    }
    return new SchemaCache(file, inputs, stamps, hit ? previous : null, bodyOffset, hit && newlySettled, user);
  }

  /**
   * The key and stamps of the cache file as it was, and where its schema begins; empty when there
   * is no file or it cannot be read (then the replay runs again and overwrites it).
   */
  private record Previous(byte[] bytes, String inputs, List<Stamp> stamps, int bodyOffset) {

    static Previous read(byte[] previous) {
      String previousInputs = null;
      List<Stamp> previousStamps = new ArrayList<>();
      int bodyOffset = -1;
      if (previous != null) {
        try {
          ByteBuffer in = ByteBuffer.wrap(previous, 4, previous.length - 8);
          int inputsLength = in.getInt();
          previousInputs = new String(previous, in.position(), inputsLength, StandardCharsets.UTF_8);
          in.position(in.position() + inputsLength);
          int count = in.getInt();
          byte[] path = new byte[256];
          int pathLength = 0;
          for (int i = 0; i < count; i++) {
            int nameLength = in.getShort() & 0xFFFF;
            String name = new String(previous, in.position(), nameLength, StandardCharsets.UTF_8);
            in.position(in.position() + nameLength);
            int common = in.getShort() & 0xFFFF;
            int rest = in.getShort() & 0xFFFF;
            if (common > pathLength) {
              throw new IllegalArgumentException("bad path prefix");
            }
            pathLength = common + rest;
            path = pathLength > path.length ? Arrays.copyOf(path, pathLength * 2) : path;
            in.get(path, common, rest);
            String absolute = new String(path, 0, pathLength, StandardCharsets.UTF_8);
            long size = in.getLong();
            long seconds = in.getLong();
            int nanos = in.getInt();
            byte[] digest = new byte[32];
            in.get(digest);
            previousStamps.add(new Stamp(name, absolute, size, seconds, nanos, digest, in.get() == 1));
          }
          bodyOffset = in.position();
        } catch (RuntimeException e) {
          previous = null; // unreadable: replay again and overwrite
          previousStamps.clear();
        }
      }
      return new Previous(previous, previousInputs, previousStamps, bodyOffset);
    }
  }

  /** Today's stamp of each migration; a file whose size and time match its previous stamp is not read again. */
  private static List<Stamp> stamps(List<MigrationFile> migrations, List<Stamp> previousStamps) throws IOException {
    Map<String, Stamp> byPath = null; // only when the files are not the same as last time
    long settledBefore = System.currentTimeMillis() - RACY_MILLIS;
    List<Stamp> stamps = new ArrayList<>(migrations.size());
    MessageDigest content = null; // loading the digest costs tens of milliseconds: only when a file changed
    for (int i = 0; i < migrations.size(); i++) {
      MigrationFile migration = migrations.get(i);
      String name = new StringBuilder().append(migration.kind()).append(' ').append(migration.displayName())
          .append(' ').append(migration.version()).toString();
      String path = migration.path().toAbsolutePath().toString();
      // the stamp is taken before the bytes are read: a change in between shows as a new stamp next time
      BasicFileAttributes attributes = Files.readAttributes(migration.path(), BasicFileAttributes.class);
      Instant time = attributes.lastModifiedTime().toInstant();
      Stamp before;
      if (i < previousStamps.size() && previousStamps.get(i).path().equals(path)) {
        before = previousStamps.get(i); // the usual case: the same files in the same order
      } else {
        if (byPath == null) {
          byPath = new HashMap<>();
          for (Stamp stamp : previousStamps) {
            byPath.put(stamp.path(), stamp);
          }
        }
        before = byPath.get(path);
      }
      byte[] digest;
      if (before != null && before.sameFile(attributes.size(), time)) {
        digest = before.digest();
      } else {
        content = content == null ? sha256() : content;
        digest = content.digest(Files.readAllBytes(migration.path()));
      }
      boolean settled = time.toEpochMilli() < settledBefore;
      stamps.add(new Stamp(name, path, attributes.size(), time.getEpochSecond(), time.getNano(), digest, settled));
    }
    return stamps;
  }

  /** The cached schema, if the file holds one for exactly this key; the migrations are today's. */
  public Optional<SchemaModel> load(List<MigrationFile> migrations) {
    if (previous == null) {
      return loadShared(migrations);
    }
    try {
      SchemaModel cached = SchemaCodec.decode(previous, bodyOffset, previous.length - 4, migrations);
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
    try {
      // Hibernate's default schema is no replay input: it is set again after load
      byte[] body = SchemaCodec.encode(schema.withEntitySchema(null));
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
      SchemaModel cached = SchemaCodec.decode(body, 0, body.length, migrations);
      write(body, 0, body.length);
      fromUserCache = true;
      return Optional.of(cached.withEntitySchema(null));
    } catch (RuntimeException e) {
      return Optional.empty(); // corrupt despite its checksum: replay again and overwrite
    }
  }

  /**
   * The user-level key: a SHA-256 over the inputs and each migration's kind, name, version and
   * content digest, in order; no path, so another checkout of the same migrations has the same key.
   */
  String sharedKey() {
    if (sharedKey == null) {
      MessageDigest sha = sha256();
      sha.update(inputs.getBytes(StandardCharsets.UTF_8));
      for (Stamp stamp : stamps) {
        sha.update((byte) 0);
        sha.update(stamp.name().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(stamp.digest());
      }
      sharedKey = HexFormat.of().formatHex(sha.digest());
    }
    return sharedKey;
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
      for (Stamp stamp : stamps) {
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
