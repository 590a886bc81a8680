package io.github.schemadrift.migration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The replay cache's second level, in the user's cache folder ({@code $XDG_CACHE_HOME/schemadrift},
 * else {@code ~/.cache/schemadrift}): one file per replay key, named by a SHA-256 of that key with
 * each migration's bytes as their digest and no path, so that a clean checkout, or the build
 * folder deleted by {@code mvn clean}, finds the schema another build of the same migrations
 * replayed. A file is written to a temporary name and moved into place atomically (a concurrent
 * reader sees the old file or the new one whole), carries a CRC-32 over all its bytes, and is
 * ignored when the checksum or the key it records does not match. A hit sets the file's
 * modification time; after each write the least recently used files go until at most {@link
 * #MAX_ENTRIES} files and {@link #MAX_BYTES} bytes remain. A folder that cannot be created or
 * written is skipped without a word: the build only replays, as without this cache.
 */
public final class UserSchemaCache {

  /** At most this many bytes of cache files are kept. */
  public static final long MAX_BYTES = 64L << 20;

  /** At most this many cache files are kept. */
  public static final int MAX_ENTRIES = 200;

  private static final int MAGIC = 0x53445531; // "SDU1"
  private static final String SUFFIX = ".bin";
  /** A temporary file older than this was left by a build that died: eviction deletes it. */
  private static final long STALE_TEMP_MILLIS = 3_600_000;

  private final Path dir;
  private final long maxBytes;
  private final int maxEntries;

  /** The cache in this folder, with the default bounds. */
  public UserSchemaCache(Path dir) {
    this(dir, MAX_BYTES, MAX_ENTRIES);
  }

  UserSchemaCache(Path dir, long maxBytes, int maxEntries) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
  }

  /**
   * The default folder: {@code $XDG_CACHE_HOME/schemadrift} when that variable is an absolute
   * path (as the XDG specification asks), else {@code .cache/schemadrift} in the user's home;
   * empty when neither is known.
   */
  public static Optional<Path> defaultDir(Map<String, String> env, String userHome) {
    try {
      String xdg = env.get("XDG_CACHE_HOME");
      if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
        return Optional.of(Path.of(xdg, "schemadrift"));
      }
      if (userHome != null && !userHome.isBlank() && !userHome.equals("?")) {
        return Optional.of(Path.of(userHome, ".cache", "schemadrift"));
      }
    } catch (RuntimeException e) {
      // an invalid path: no user cache
    }
    return Optional.empty();
  }

  /** The folder the files live in. */
  public Path dir() {
    return dir;
  }

  /** The encoded schema stored under this key, or null when there is none intact; a hit is marked as recently used. */
  byte[] read(String key) {
    Path file = dir.resolve(key + SUFFIX);
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
      int header = 4 + 4 + keyBytes.length;
      if (bytes.length < header + 4) {
        return null;
      }
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bytes.length - 4);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      if (in.getInt() != MAGIC + SchemaCache.FORMAT || in.getInt() != keyBytes.length
          || in.getInt(bytes.length - 4) != (int) crc.getValue()
          || !new String(bytes, 8, keyBytes.length, StandardCharsets.UTF_8).equals(key)) {
        return null;
      }
      touch(file);
      byte[] body = new byte[bytes.length - header - 4];
      System.arraycopy(bytes, header, body, 0, body.length);
      return body;
    } catch (IOException | RuntimeException e) {
      return null; // unreadable: the replay runs and writes it again
    }
  }

  /** A body found by {@link #longest}, stored under {@code keys.get(index)}. */
  record Found(int index, byte[] body) {}

  /**
   * The intact body stored under the key of {@code keys} with the highest index above 0, read as
   * {@link #read} does; null when none is here. The folder is listed once, not probed per key.
   */
  Found longest(List<String> keys) {
    java.util.Set<String> names = new java.util.HashSet<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    } catch (IOException | RuntimeException e) {
      return null; // no folder: nothing stored yet
    }
    for (int i = keys.size() - 1; i > 0; i--) {
      byte[] body = names.contains(keys.get(i) + SUFFIX) ? read(keys.get(i)) : null;
      if (body != null) {
        return new Found(i, body);
      }
    }
    return null;
  }

  /** Stores the encoded schema under this key, atomically, then evicts; any failure is only a later miss. */
  void write(String key, byte[] body, int offset, int length) {
    Path temp = null;
    try {
      byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
      ByteBuffer out = ByteBuffer.allocate(4 + 4 + keyBytes.length + length + 4);
      out.putInt(MAGIC + SchemaCache.FORMAT).putInt(keyBytes.length).put(keyBytes).put(body, offset, length);
      CRC32 crc = new CRC32();
      crc.update(out.array(), 0, out.position());
      out.putInt((int) crc.getValue());
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "schema", ".tmp");
      Files.write(temp, out.array());
      Files.move(temp, dir.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
      evict();
    } catch (IOException | RuntimeException e) {
      // not writable (a sandboxed build, a read-only home): this build simply goes without
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
          // left for a later eviction
        }
      }
    }
  }

  /** Deletes the least recently used files beyond the bounds, and temporary files a dead build left. */
  void evict() throws IOException {
    record Entry(Path path, long used, long size) {}
    List<Entry> entries = new ArrayList<>();
    long now = System.currentTimeMillis();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        try {
          long used = Files.getLastModifiedTime(file).toMillis();
          if (name.endsWith(SUFFIX)) {
            entries.add(new Entry(file, used, Files.size(file)));
          } else if (name.startsWith("schema") && name.endsWith(".tmp") && now - used > STALE_TEMP_MILLIS) {
            Files.deleteIfExists(file);
          }
        } catch (IOException e) {
          // deleted by a concurrent build meanwhile
        }
      }
    }
    entries.sort(Comparator.comparingLong(Entry::used).reversed().thenComparing(e -> e.path().getFileName().toString()));
    long bytes = 0;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      bytes += e.size();
      if (i >= maxEntries || bytes > maxBytes) {
        Files.deleteIfExists(e.path());
      }
    }
  }

  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException | RuntimeException e) {
      // read-only or evicted meanwhile: recency is only a hint
    }
  }
}
