package io.github.schemadrift.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Finds SQL migrations in their locations and puts them in the order Flyway applies them on a
 * fresh database: the newest baseline migration ({@code B<version>__}) if there is one, then the
 * versioned migrations after it by {@link MigrationVersion} (so 1.10 comes after 1.9), then
 * repeatable ones by description. Undo migrations ({@code U<version>__}) are never applied by
 * {@code migrate} and are left out. Files in subfolders count; only {@code .sql} files are read;
 * Java migrations ({@code V5__Backfill.java}) are listed so the processor can say they were not
 * replayed.
 */
public final class MigrationDiscovery {

  private static final Pattern JAVA = Pattern.compile("[VRB]\\w*__\\w*\\.(?:java|kt|class)");

  /**
   * What was found: the ordered migrations, what was wrong with the locations or names, and the
   * Java-based migrations that cannot be replayed.
   */
  public record Result(
      List<MigrationFile> migrations, List<String> errors, List<String> javaMigrations, List<FolderStamp> folders) {
    public Result(List<MigrationFile> migrations, List<String> errors, List<String> javaMigrations) {
      this(migrations, errors, javaMigrations, List.of());
    }

    public Result(List<MigrationFile> migrations, List<String> errors) {
      this(migrations, errors, List.of());
    }

    /**
     * Whether discovering again now would list the same files: every folder walked still has the
     * modification time it had before it was listed (adding, removing or renaming a file changes
     * its folder's time). A discovery with errors, or one whose folders changed within 2 seconds
     * before they were stamped (two changes within one tick of a coarse file clock look like one),
     * is never taken as current.
     */
    public boolean stillCurrent() {
      if (folders.isEmpty() || !errors.isEmpty()) {
        return false;
      }
      for (FolderStamp folder : folders) {
        if (!folder.unchanged()) {
          return false;
        }
      }
      return true;
    }
  }

  /** A walked folder (or a location that is a file) and its modification time, read before it was listed. */
  public record FolderStamp(Path folder, FileTime modified, long stampedAtMillis) {
    boolean unchanged() {
      if (stampedAtMillis - modified.toMillis() < 2_000) {
        return false;
      }
      try {
        return Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).equals(modified);
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
  }

  private MigrationDiscovery() {}

  /** The next free major version after the newest versioned migration: 5 after 4.2, 1 when none. */
  public static String nextVersion(List<MigrationFile> migrations) {
    java.math.BigInteger max = java.math.BigInteger.ZERO;
    for (MigrationFile m : migrations) {
      if (m.kind() == MigrationFile.Kind.VERSIONED) {
        java.math.BigInteger major = MigrationVersion.fromVersion(m.version()).getMajor();
        if (major != null && major.compareTo(max) > 0) {
          max = major;
        }
      }
    }
    return max.add(java.math.BigInteger.ONE).toString();
  }

  /**
   * Flyway's file-name settings: {@code sqlMigrationPrefix} (may be empty: {@code 1.2__x.sql}),
   * {@code sqlMigrationSeparator}, {@code sqlMigrationSuffixes}, and the repeatable, baseline and
   * undo prefixes.
   */
  public record Naming(
      String versioned, String separator, List<String> suffixes, String repeatable, String baseline, String undo) {

    /** Flyway's defaults: {@code V1__x.sql}, {@code R__x.sql}, {@code B1__x.sql}, {@code U1__x.sql}. */
    public static final Naming DEFAULT = new Naming("V", "__", List.of(".sql"), "R", "B", "U");

    public Naming {
      versioned = versioned == null ? "" : versioned;
      separator = separator == null || separator.isEmpty() ? "__" : separator;
      suffixes = suffixes == null || suffixes.isEmpty() ? List.of(".sql") : List.copyOf(suffixes);
      repeatable = repeatable == null ? "R" : repeatable;
      baseline = baseline == null ? "B" : baseline;
      undo = undo == null ? "U" : undo;
    }

    /**
     * The kind, version and description of a file name, or null when Flyway would not take it
     * for a SQL migration. The longest prefix that matches wins, as in Flyway, so an empty
     * versioned prefix leaves {@code R__x.sql} repeatable. The kind is null for an undo migration.
     */
    Parsed parse(String fileName) {
      return parse(fileName, prefixesLongestFirst());
    }

    /** The four prefixes by kind letter, the longest first (one sort per discovery, not per file). */
    List<Map.Entry<String, String>> prefixesLongestFirst() {
      List<Map.Entry<String, String>> prefixes = new ArrayList<>(List.of(
          Map.entry("R", repeatable), Map.entry("B", baseline), Map.entry("U", undo), Map.entry("V", versioned)));
      prefixes.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getValue().length()));
      return prefixes;
    }

    Parsed parse(String fileName, List<Map.Entry<String, String>> prefixes) {
      String suffix = null;
      for (String candidate : suffixes) {
        if (fileName.endsWith(candidate)) {
          suffix = candidate;
          break;
        }
      }
      if (suffix == null) {
        return null;
      }
      String stem = fileName.substring(0, fileName.length() - suffix.length());
      for (Map.Entry<String, String> prefix : prefixes) {
        if (!stem.startsWith(prefix.getValue())) {
          continue;
        }
        String rest = stem.substring(prefix.getValue().length());
        int sep = rest.indexOf(separator);
        if (sep < 0) {
          continue;
        }
        String version = rest.substring(0, sep);
        String description = rest.substring(sep + separator.length());
        if (prefix.getKey().equals("R") != version.isEmpty()) {
          continue;
        }
        return new Parsed(prefix.getKey(), prefix.getValue(), version, description);
      }
      return null;
    }
  }

  /** A parsed file name: kind letter (V, R, B, U), the prefix as configured, version and description. */
  record Parsed(String kind, String prefix, String version, String description) {}

  public static Result discover(List<Path> locations) {
    return discover(locations, Naming.DEFAULT);
  }

  public static Result discover(List<Path> locations, Naming naming) {
    List<String> errors = new ArrayList<>();
    List<MigrationFile> versioned = new ArrayList<>();
    List<MigrationFile> baselines = new ArrayList<>();
    List<MigrationFile> repeatable = new ArrayList<>();
    List<String> java = new ArrayList<>();
    // parsed once per file: Flyway's version parsing is most of a cold discovery's time
    Map<MigrationFile, MigrationVersion> versions = new IdentityHashMap<>();
    List<Map.Entry<String, String>> prefixes = naming.prefixesLongestFirst();
    List<FolderStamp> folders = new ArrayList<>();
    for (Path location : locations) {
      List<Path> relative;
      try {
        // sorted as relative paths: the same order as the full paths, without comparing the
        // location's long common prefix thousands of times
        relative = regularFiles(location, folders);
        relative.sort(null);
      } catch (IOException | RuntimeException e) {
        errors.add("cannot list migrations location '" + location + "': " + e.getMessage());
        continue;
      }
      for (Path inLocation : relative) {
        Path file = location.resolve(inLocation);
        String fileName = file.getFileName().toString();
        String displayName = inLocation.toString().replace('\\', '/');
        Parsed parsed = naming.parse(fileName, prefixes);
        if (parsed != null && (parsed.kind().equals("V") || parsed.kind().equals("B"))) {
          String version = parsed.version().replace('_', '.');
          MigrationVersion parsedVersion;
          try {
            parsedVersion = MigrationVersion.fromVersion(version);
          } catch (RuntimeException e) {
            if (parsed.prefix().isEmpty() && !Character.isDigit(version.charAt(0))) {
              continue; // with an empty prefix, a name that does not start with a version is no migration
            }
            errors.add(
                "migration '" + displayName + "' has a malformed version '" + parsed.version()
                    + "'; Flyway would refuse it: rename it to " + parsed.prefix()
                    + "<number>[.<number>...]" + naming.separator() + "<description>" + naming.suffixes().get(0));
            continue;
          }
          MigrationFile.Kind kind = parsed.kind().equals("V") ? MigrationFile.Kind.VERSIONED : MigrationFile.Kind.BASELINE;
          MigrationFile migration = new MigrationFile(file, displayName, kind, version, parsed.description());
          versions.put(migration, parsedVersion);
          (kind == MigrationFile.Kind.VERSIONED ? versioned : baselines).add(migration);
        } else if (parsed != null && parsed.kind().equals("R")) {
          repeatable.add(
              new MigrationFile(file, displayName, MigrationFile.Kind.REPEATABLE, null, parsed.description()));
        } else if (parsed != null) {
          continue; // undo migrations are only run by flyway undo
        } else if (JavaMigrationScript.migration(file, displayName) != null) {
          // a Java or Kotlin migration's source: replayed for the SQL its constant strings make evident
          addJavaSource(JavaMigrationScript.migration(file, displayName), versions, versioned, baselines, repeatable, java);
        } else if (JAVA.matcher(fileName).matches()) {
          java.add(displayName);
        }
      }
    }
    checkUnique(versioned, versions, errors);
    checkUnique(baselines, versions, errors);
    return new Result(inFlywayOrder(versioned, baselines, repeatable, versions), errors, java, List.copyOf(folders));
  }

  /**
   * The migrations as Flyway runs them on a fresh database: the newest baseline, the versioned ones
   * after it, then the repeatable ones by description.
   */
  private static List<MigrationFile> inFlywayOrder(List<MigrationFile> versioned, List<MigrationFile> baselines,
      List<MigrationFile> repeatable, Map<MigrationFile, MigrationVersion> versions) {
    List<MigrationFile> all = new ArrayList<>();
    if (!baselines.isEmpty()) {
      MigrationFile baseline = baselines.get(baselines.size() - 1);
      MigrationVersion baselineVersion = versions.get(baseline);
      all.add(baseline);
      versioned.removeIf(m -> versions.get(m).compareTo(baselineVersion) <= 0);
    }
    all.addAll(versioned);
    repeatable.sort(Comparator.comparing(MigrationFile::description));
    all.addAll(repeatable);
    return all;
  }

  private static void addJavaSource(
      MigrationFile source, Map<MigrationFile, MigrationVersion> versions, List<MigrationFile> versioned,
      List<MigrationFile> baselines, List<MigrationFile> repeatable, List<String> java) {
    if (source.kind() == MigrationFile.Kind.REPEATABLE) {
      repeatable.add(source);
      return;
    }
    try {
      versions.put(source, MigrationVersion.fromVersion(source.version()));
    } catch (RuntimeException e) {
      java.add(source.displayName()); // a version Flyway would not read either: named as not replayed
      return;
    }
    (source.kind() == MigrationFile.Kind.VERSIONED ? versioned : baselines).add(source);
  }

  /** The Java-based migrations ({@code V5__Backfill.java}) in a source folder, by file name. */
  public static List<String> javaMigrations(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> JAVA.matcher(n).matches())
          .sorted()
          .toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /**
   * The regular files under a folder (a link counts when it leads to one), relative to it: what
   * {@code Files.walk(location).filter(Files::isRegularFile)} lists, with one look at each entry
   * and no path arithmetic. Errors below the location are thrown as {@code Files.walk} throws them.
   */
  private static List<Path> regularFiles(Path location, List<FolderStamp> folders) throws IOException {
    List<Path> found = new ArrayList<>();
    BasicFileAttributes root = Files.readAttributes(location, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    folders.add(new FolderStamp(location, root.lastModifiedTime(), System.currentTimeMillis()));
    if (root.isDirectory()) {
      collect(location, null, found, true, folders);
    } else if (root.isRegularFile() || (root.isSymbolicLink() && Files.isRegularFile(location))) {
      found.add(location.relativize(location));
    }
    return found;
  }

  private static void collect(Path dir, Path relativeDir, List<Path> found, boolean isLocation, List<FolderStamp> folders)
      throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        BasicFileAttributes attributes;
        try {
          attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        Path relative = relativeDir == null ? entry.getFileName() : relativeDir.resolve(entry.getFileName());
        if (attributes.isDirectory()) {
          // stamped before it is listed: a file added after the stamp changes the folder's time
          folders.add(new FolderStamp(entry, attributes.lastModifiedTime(), System.currentTimeMillis()));
          collect(entry, relative, found, false, folders);
        } else if (attributes.isRegularFile() || (attributes.isSymbolicLink() && Files.isRegularFile(entry))) {
          found.add(relative);
        }
      }
    } catch (IOException e) {
      if (isLocation) {
        throw e;
      }
      throw new UncheckedIOException(e); // what Files.walk throws below the start
    }
  }

  /** Sorts by version (stable: equal versions keep their path order) and reports two files with one version, naming both. */
  private static void checkUnique(
      List<MigrationFile> migrations, Map<MigrationFile, MigrationVersion> versions, List<String> errors) {
    List<Versioned> sorted = new ArrayList<>(migrations.size());
    for (MigrationFile m : migrations) {
      sorted.add(new Versioned(versions.get(m), m));
    }
    sorted.sort(null);
    migrations.clear();
    Versioned before = null;
    for (Versioned v : sorted) {
      migrations.add(v.migration());
      if (before != null && before.version().compareTo(v.version()) == 0) {
        errors.add(
            "migrations '" + before.migration().displayName() + "' and '" + v.migration().displayName()
                + "' have the same version " + v.migration().version()
                + "; Flyway refuses to migrate: give one of them a new version");
      }
      before = v;
    }
  }

  /** A migration with its parsed version, ordered by version alone. */
  private record Versioned(MigrationVersion version, MigrationFile migration) implements Comparable<Versioned> {
    @Override
    public int compareTo(Versioned other) {
      return version.compareTo(other.version);
    }
  }
}
