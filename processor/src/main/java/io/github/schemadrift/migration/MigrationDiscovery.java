package io.github.schemadrift.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
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

  private static final Pattern VERSIONED = Pattern.compile("V(.+?)__(.*)\\.sql");
  private static final Pattern BASELINE = Pattern.compile("B(.+?)__(.*)\\.sql");
  private static final Pattern UNDO = Pattern.compile("U(.+?)__(.*)\\.sql");
  private static final Pattern REPEATABLE = Pattern.compile("R__(.*)\\.sql");
  private static final Pattern JAVA = Pattern.compile("[VRB]\\w*__\\w*\\.(?:java|kt|class)");

  /**
   * What was found: the ordered migrations, what was wrong with the locations or names, and the
   * Java-based migrations that cannot be replayed.
   */
  public record Result(List<MigrationFile> migrations, List<String> errors, List<String> javaMigrations) {
    public Result(List<MigrationFile> migrations, List<String> errors) {
      this(migrations, errors, List.of());
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

  public static Result discover(List<Path> locations) {
    List<String> errors = new ArrayList<>();
    List<MigrationFile> versioned = new ArrayList<>();
    List<MigrationFile> baselines = new ArrayList<>();
    List<MigrationFile> repeatable = new ArrayList<>();
    List<String> java = new ArrayList<>();
    for (Path location : locations) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(location)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException | RuntimeException e) {
        errors.add("cannot list migrations location '" + location + "': " + e.getMessage());
        continue;
      }
      for (Path file : files) {
        String fileName = file.getFileName().toString();
        String displayName = location.relativize(file).toString().replace('\\', '/');
        Matcher v = VERSIONED.matcher(fileName);
        Matcher b = BASELINE.matcher(fileName);
        Matcher r = REPEATABLE.matcher(fileName);
        if (v.matches() || b.matches()) {
          Matcher m = v.matches() ? v : b;
          String version = m.group(1).replace('_', '.');
          try {
            MigrationVersion.fromVersion(version);
          } catch (RuntimeException e) {
            errors.add(
                "migration '" + displayName + "' has a malformed version '" + m.group(1)
                    + "'; Flyway would refuse it: rename it to " + fileName.charAt(0)
                    + "<number>[.<number>...]__<description>.sql");
            continue;
          }
          MigrationFile.Kind kind = v.matches() ? MigrationFile.Kind.VERSIONED : MigrationFile.Kind.BASELINE;
          (v.matches() ? versioned : baselines).add(new MigrationFile(file, displayName, kind, version, m.group(2)));
        } else if (r.matches()) {
          repeatable.add(
              new MigrationFile(file, displayName, MigrationFile.Kind.REPEATABLE, null, r.group(1)));
        } else if (JAVA.matcher(fileName).matches()) {
          java.add(displayName);
        } else if (UNDO.matcher(fileName).matches()) {
          continue; // undo migrations are only run by flyway undo
        }
      }
    }
    checkUnique(versioned, errors);
    checkUnique(baselines, errors);
    List<MigrationFile> all = new ArrayList<>();
    if (!baselines.isEmpty()) {
      MigrationFile baseline = baselines.get(baselines.size() - 1);
      MigrationVersion baselineVersion = MigrationVersion.fromVersion(baseline.version());
      all.add(baseline);
      versioned.removeIf(m -> MigrationVersion.fromVersion(m.version()).compareTo(baselineVersion) <= 0);
    }
    all.addAll(versioned);
    repeatable.sort(Comparator.comparing(MigrationFile::description));
    all.addAll(repeatable);
    return new Result(all, errors, java);
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

  /** Sorts by version and reports two files with one version, naming both. */
  private static void checkUnique(List<MigrationFile> migrations, List<String> errors) {
    migrations.sort(Comparator.comparing(m -> MigrationVersion.fromVersion(m.version())));
    Map<MigrationVersion, MigrationFile> seen = new TreeMap<>();
    for (MigrationFile m : migrations) {
      MigrationFile before = seen.put(MigrationVersion.fromVersion(m.version()), m);
      if (before != null) {
        errors.add(
            "migrations '" + before.displayName() + "' and '" + m.displayName()
                + "' have the same version " + m.version()
                + "; Flyway refuses to migrate: give one of them a new version");
      }
    }
  }
}
