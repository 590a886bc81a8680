package io.github.schemadrift.migration;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keeps the replayed schema between builds, so that a compile after an entity change, with the
 * migrations unchanged, neither parses nor replays a statement. The key is a digest of everything
 * the replay reads: the processor build, the dialect, the placeholders, and each migration's
 * name, kind and bytes. The file lives in the build's output folder; it is safe to delete, and one
 * that is stale, corrupt or written by another processor build is ignored and replaced.
 */
public final class SchemaCache {

  /** Only our own value classes and the JDK's collections may be read back. */
  private static final ObjectInputFilter FILTER =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=64;maxrefs=10000000;io.github.schemadrift.migration.*;java.lang.*;java.util.*;!*");

  /**
   * The serialised form's version, part of the key: bump it whenever a serialised record changes
   * (2: tables keyed by schema, with the replay's default schema; 3: foreign keys, views and enum
   * types keyed by schema).
   */
  static final int FORMAT = 3;

  private final Path file;
  private final String key;

  private SchemaCache(Path file, String key) {
    this.file = file;
    this.key = key;
  }

  /**
   * The cache entry for this replay.
   *
   * @param file where the cache lives
   * @param processorBuild what tells this processor build from another (size and time of its jar)
   */
  public static SchemaCache of(
      Path file, String processorBuild, Dialect dialect, Map<String, String> placeholders, List<MigrationFile> migrations)
      throws IOException {
    MessageDigest digest = sha256();
    update(digest, "format " + FORMAT);
    update(digest, processorBuild);
    update(digest, dialect.name());
    new TreeMap<>(placeholders).forEach((k, v) -> update(digest, k + "=" + v));
    for (MigrationFile migration : migrations) {
      update(digest, migration.kind() + " " + migration.displayName() + " " + migration.version());
      digest.update(Files.readAllBytes(migration.path()));
    }
    return new SchemaCache(file, HexFormat.of().formatHex(digest.digest()));
  }

  /** The cached schema, if the file holds one for exactly this key; the migrations are today's. */
  public Optional<SchemaModel> load(List<MigrationFile> migrations) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        in.setObjectInputFilter(FILTER);
        if (!key.equals(in.readUTF())) {
          return Optional.empty();
        }
        SchemaModel cached = (SchemaModel) in.readObject();
        return Optional.of(
            new SchemaModel(
                cached.dialect(),
                cached.tables(),
                migrations,
                cached.problems(),
                cached.stats(),
                cached.sequences(),
                cached.enumTypes(),
                cached.views(),
                cached.notes(),
                cached.defaultSchema(),
                null));
      }
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      return Optional.empty(); // stale or corrupt: replay again and overwrite
    }
  }

  /** Writes the schema for this key, atomically; a failure only costs the next build time. */
  public void store(SchemaModel schema) {
    try {
      SchemaModel portable =
          new SchemaModel(
              schema.dialect(),
              schema.tables(),
              List.of(), // paths are not serializable and are known again at load
              schema.problems(),
              schema.stats(),
              schema.sequences(),
              schema.enumTypes(),
              schema.views(),
              schema.notes(),
              schema.defaultSchema(),
              null); // Hibernate's default schema is no replay input: set again after load
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeUTF(key);
        out.writeObject(portable);
      }
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "schema", ".tmp");
      Files.write(temp, bytes.toByteArray());
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // the next build replays again; nothing else depends on the cache
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
