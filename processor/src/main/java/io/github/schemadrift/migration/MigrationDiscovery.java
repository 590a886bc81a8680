package io.github.schemadrift.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Finds SQL migrations in their locations and puts them in the order Flyway applies them on a
 * fresh database: versioned migrations by {@link MigrationVersion} (so 1.10 comes after 1.9), then
 * repeatable ones by description. Files in subfolders count; only {@code .sql} files are read.
 */
public final class MigrationDiscovery {

  private static final Pattern VERSIONED = Pattern.compile("V(.+?)__(.*)\\.sql");
  private static final Pattern REPEATABLE = Pattern.compile("R__(.*)\\.sql");

  /** What was found: the ordered migrations and what was wrong with the locations or names. */
  public record Result(List<MigrationFile> migrations, List<String> errors) {}

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
    List<MigrationFile> repeatable = new ArrayList<>();
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
        Matcher r = REPEATABLE.matcher(fileName);
        if (v.matches()) {
          String version = v.group(1).replace('_', '.');
          try {
            MigrationVersion.fromVersion(version);
          } catch (RuntimeException e) {
            errors.add(
                "migration '" + displayName + "' has a malformed version '" + v.group(1)
                    + "'; Flyway would refuse it: rename it to V<number>[.<number>...]__<description>.sql");
            continue;
          }
          versioned.add(
              new MigrationFile(file, displayName, MigrationFile.Kind.VERSIONED, version, v.group(2)));
        } else if (r.matches()) {
          repeatable.add(
              new MigrationFile(file, displayName, MigrationFile.Kind.REPEATABLE, null, r.group(1)));
        }
      }
    }
    versioned.sort(Comparator.comparing(m -> MigrationVersion.fromVersion(m.version())));
    Map<MigrationVersion, MigrationFile> seen = new TreeMap<>();
    for (MigrationFile m : versioned) {
      MigrationFile before = seen.put(MigrationVersion.fromVersion(m.version()), m);
      if (before != null) {
        errors.add(
            "migrations '" + before.displayName() + "' and '" + m.displayName()
                + "' have the same version " + m.version()
                + "; Flyway refuses to migrate: give one of them a new version");
      }
    }
    repeatable.sort(Comparator.comparing(MigrationFile::description));
    List<MigrationFile> all = new ArrayList<>(versioned);
    all.addAll(repeatable);
    return new Result(all, errors);
  }
}
