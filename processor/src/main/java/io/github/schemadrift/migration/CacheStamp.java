package io.github.schemadrift.migration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A migration as last seen: what the key takes from it (kind, name, version), where it is, its
 * size and modification time, its bytes' digest, and whether the time was old enough to trust.
 */
record CacheStamp(String name, String path, long size, long seconds, int nanos, byte[] digest, boolean settled) {

  /** How recent a modification must be for a file to be read again even with an unchanged stamp. */
  private static final long RACY_MILLIS = 2_000; // FAT's clock ticks in 2 s, ext3's and HFS+'s in 1 s

  boolean sameFile(long otherSize, Instant time) {
    return settled && size == otherSize && seconds == time.getEpochSecond() && nanos == time.getNano();
  }

  boolean sameInput(CacheStamp other) {
    return name.equals(other.name) && Arrays.equals(digest, other.digest);
  }

  /**
   * The key and stamps of the cache file as it was, and where its schema begins; empty when there
   * is no file or it cannot be read (then the replay runs again and overwrites it).
   */
  record Previous(byte[] bytes, String inputs, List<CacheStamp> stamps, int bodyOffset) {

    static Previous read(byte[] previous) {
      String previousInputs = null;
      List<CacheStamp> previousStamps = new ArrayList<>();
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
            previousStamps.add(new CacheStamp(name, absolute, size, seconds, nanos, digest, in.get() == 1));
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
  static List<CacheStamp> all(List<MigrationFile> migrations, List<CacheStamp> previousStamps) throws IOException {
    Map<String, CacheStamp> byPath = null; // only when the files are not the same as last time
    long settledBefore = System.currentTimeMillis() - RACY_MILLIS;
    List<CacheStamp> stamps = new ArrayList<>(migrations.size());
    MessageDigest content = null; // loading the digest costs tens of milliseconds: only when a file changed
    for (int i = 0; i < migrations.size(); i++) {
      MigrationFile migration = migrations.get(i);
      String name = new StringBuilder().append(migration.kind()).append(' ').append(migration.displayName())
          .append(' ').append(migration.version()).toString();
      String path = migration.path().toAbsolutePath().toString();
      // the stamp is taken before the bytes are read: a change in between shows as a new stamp next time
      BasicFileAttributes attributes = Files.readAttributes(migration.path(), BasicFileAttributes.class);
      Instant time = attributes.lastModifiedTime().toInstant();
      CacheStamp before;
      if (i < previousStamps.size() && previousStamps.get(i).path().equals(path)) {
        before = previousStamps.get(i); // the usual case: the same files in the same order
      } else {
        if (byPath == null) {
          byPath = new HashMap<>();
          for (CacheStamp stamp : previousStamps) {
            byPath.put(stamp.path(), stamp);
          }
        }
        before = byPath.get(path);
      }
      byte[] digest;
      if (before != null && before.sameFile(attributes.size(), time)) {
        digest = before.digest();
      } else {
        content = content == null ? SchemaCache.sha256() : content;
        digest = content.digest(Files.readAllBytes(migration.path()));
      }
      boolean settled = time.toEpochMilli() < settledBefore;
      stamps.add(new CacheStamp(name, path, attributes.size(), time.getEpochSecond(), time.getNano(), digest, settled));
    }
    return stamps;
  }
}
