package io.github.schemadrift.migration;

import java.security.MessageDigest;
import java.util.List;

/**
 * Where a replay of changed migrations resumes (issue 18, item 3): the snapshot after the longest
 * run of unchanged migrations, from the first, that the build folder's cache file holds, else the
 * one that the user's cache folder holds under the key of such a run (each stored replay is the
 * state after all its migrations, so a set with one migration added finds the set without it).
 * A snapshot that cannot be read counts as none: the replay then starts from nothing, which only
 * costs time.
 */
final class CacheResume {

  private CacheResume() {}

  /**
   * The snapshot to resume from, with where its bytes lie, or null.
   *
   * @param previous the build folder's cache file, when its inputs are this build's, else null
   * @param bodyOffset where the body of {@code previous} begins
   * @param unchanged how many migrations, from the first, {@code previous} has unchanged
   * @param user the user's cache folder, or null
   * @param prefixKeys the user-level key of the first k migrations, for each k from none to all
   */
  static CacheBody.Stored find(byte[] previous, int bodyOffset, int unchanged, UserSchemaCache user, List<String> prefixKeys) {
    try {
      CacheBody.Stored own = previous == null ? null : CacheBody.snapshot(previous, bodyOffset, previous.length - 4, unchanged);
      if (own != null) {
        return own;
      }
    } catch (RuntimeException e) {
      // corrupt despite its checksum: look in the user's cache folder
    }
    if (user == null) {
      return null;
    }
    UserSchemaCache.Found found = user.longest(prefixKeys.subList(0, Math.max(0, prefixKeys.size() - 1)));
    if (found == null) {
      return null;
    }
    try {
      return CacheBody.snapshot(found.body(), 0, found.body().length, found.index());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The digest of what {@code sha} has seen so far, leaving it to go on. */
  static byte[] digestSoFar(MessageDigest sha) {
    try {
      return ((MessageDigest) sha.clone()).digest();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }
}
