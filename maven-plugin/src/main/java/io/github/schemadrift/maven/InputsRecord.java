package io.github.schemadrift.maven;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The record the schemadrift processor writes at each check ({@code
 * target/schemadrift-inputs/classes.txt}: the migration folders and configuration files it read,
 * and the compiled classes of the entities), compared with the files as they are now.
 *
 * <p>The format is the processor's {@code BuildInputs}. A folder is compared by the number of its
 * files and their fingerprint (relative path, size and modification time in milliseconds of the
 * regular files up to the recorded depth, links followed, whose names match the recorded glob),
 * so that the common case, nothing changed, costs one {@code stat} per file and reads only the
 * head of the record. The listing after {@code entries} is read only to name what changed.
 */
final class InputsRecord {

  static final String HEADER = "schemadrift-inputs\t2";

  /** What the comparison found: the first difference, if any, and the class files to remove. */
  record Comparison(Optional<String> difference, List<String> classFiles, int filesCompared) {}

  private final Path path;
  private final List<String> head;

  private InputsRecord(Path path, List<String> head) {
    this.path = path;
    this.head = head;
  }

  /** The record for a class output folder, if the processor wrote one in a format we know; its head only. */
  static Optional<InputsRecord> read(Path record) throws IOException {
    List<String> head = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
      if (!HEADER.equals(reader.readLine())) {
        return Optional.empty();
      }
      for (String line = reader.readLine(); line != null && !line.equals("entries"); line = reader.readLine()) {
        head.add(line);
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return Optional.of(new InputsRecord(record, head));
  }

  /** Where the processor writes the record of the compile into {@code classOutput}. */
  static Path location(Path classOutput) {
    Path output = classOutput.toAbsolutePath().normalize();
    return output.getParent().resolve("schemadrift-inputs").resolve(output.getFileName() + ".txt");
  }

  /** Compares every folder and file of the record with its current state; stops at the first difference. */
  Comparison compare() throws IOException {
    List<String> classes = new ArrayList<>();
    String difference = null;
    int compared = 0;
    int tree = -1;
    for (String line : head) {
      String[] fields = line.split("\t", -1);
      if (fields[0].equals("class")) {
        classes.add(fields[1]);
      } else if (fields[0].equals("tree")) {
        tree++;
        if (difference == null) {
          long[] now = scan(Paths.get(fields[1]), Integer.parseInt(fields[2]), fields[3]);
          compared += (int) now[0];
          if (now[0] != Long.parseLong(fields[4]) || now[1] != Long.parseUnsignedLong(fields[5], 16)) {
            difference = treeDifference(fields[1], entries(tree), tree(Paths.get(fields[1]), Integer.parseInt(fields[2]), fields[3]));
          }
        }
      } else if (fields[0].equals("file") && difference == null) {
        compared++;
        String now = file(Paths.get(fields[1]));
        String then = line.substring(fields[0].length() + fields[1].length() + 2);
        if (!now.equals(then)) {
          difference = fields[1] + (now.equals("absent") ? " was removed" : then.equals("absent") ? " was added" : " changed");
        }
      }
      // any other line is one a later processor may add: ignored
    }
    return new Comparison(Optional.ofNullable(difference), classes, compared);
  }

  /** The recorded listing of the {@code tree}-th folder (relative path, size, modified ms), read after the head. */
  private List<String> entries(int tree) throws IOException {
    String prefix = "entry\t" + tree + "\t";
    List<String> entries = new ArrayList<>();
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      if (line.startsWith(prefix)) {
        entries.add(line.substring(prefix.length()));
      }
    }
    return entries;
  }

  /** The first file that was added, removed or changed in a folder, in words. */
  private static String treeDifference(String dir, List<String> recorded, List<String> now) {
    TreeSet<String> before = new TreeSet<>(recorded);
    TreeSet<String> after = new TreeSet<>(now);
    TreeSet<String> names = new TreeSet<>();
    for (String entry : before) {
      names.add(entry.substring(0, entry.indexOf('\t')));
    }
    for (String entry : after) {
      if (!before.contains(entry)) {
        String name = entry.substring(0, entry.indexOf('\t'));
        return Paths.get(dir).resolve(name) + (names.contains(name) ? " changed" : " was added");
      }
    }
    for (String entry : before) {
      if (!after.contains(entry)) {
        return Paths.get(dir).resolve(entry.substring(0, entry.indexOf('\t'))) + " was removed";
      }
    }
    return dir + " changed";
  }

  /**
   * The number of a folder's files and their fingerprint, as the processor's {@code BuildInputs}
   * computes them: one {@code stat} per entry, no sorting, no strings but the relative paths, and
   * no lambdas or streams (their first use costs a JVM several milliseconds, and a plain {@code
   * mvn} run uses them once).
   */
  static long[] scan(Path dir, int depth, String glob) throws IOException {
    long[] result = new long[2];
    if (Files.isDirectory(dir)) {
      PathMatcher matcher = glob.equals("*") ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
      List<Object> ancestors = new ArrayList<>();
      ancestors.add(Files.readAttributes(dir, BasicFileAttributes.class).fileKey());
      scan(dir.toFile(), dir, "", depth < 0 ? Integer.MAX_VALUE : depth, matcher, ancestors, result);
    }
    return result;
  }

  private static void scan(File folder, Path path, String prefix, int depth, PathMatcher matcher, List<Object> ancestors,
      long[] result) throws IOException {
    String[] names = folder.list();
    if (names == null) {
      throw new IOException("cannot list " + folder);
    }
    for (String name : names) {
      if (depth == 1 && matcher != null && !matcher.matches(Paths.get(name))) {
        continue; // no folder to descend into at the last level: the name alone decides
      }
      Path child = path.resolve(name);
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(child, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        continue; // a broken link, or removed while listing: the processor's walk skips it too
      }
      if (attributes.isDirectory()) {
        if (depth > 1) {
          Object key = attributes.fileKey();
          if (key != null && ancestors.contains(key)) {
            throw new IOException("a link cycle at " + child); // the processor's walk fails there too
          }
          ancestors.add(key);
          scan(child.toFile(), child, prefix + name + "/", depth - 1, matcher, ancestors, result);
          ancestors.remove(ancestors.size() - 1);
        }
      } else if (attributes.isRegularFile() && (matcher == null || matcher.matches(child.getFileName()))) {
        result[0]++;
        String relative = prefix.isEmpty() ? name : prefix + name;
        result[1] += fingerprint(relative, attributes.size(), attributes.lastModifiedTime().toMillis());
      }
    }
  }

  /** One file's share of its folder's fingerprint: the processor's {@code BuildInputs.fingerprint}. */
  static long fingerprint(String relativePath, long size, long modifiedMillis) {
    long h = mix(relativePath.hashCode() * 0x9E3779B97F4A7C15L + size);
    return mix(h + modifiedMillis * 0xC2B2AE3D27D4EB4FL);
  }

  /** MurmurHash3's 64-bit finalizer. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** A folder's listing (relative path, size, modified ms), sorted: only to name what changed. */
  static List<String> tree(Path dir, int depth, String glob) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    PathMatcher matcher = glob.equals("*") ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<String> entries = new ArrayList<>();
    Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth < 0 ? Integer.MAX_VALUE : depth,
        new SimpleFileVisitor<Path>() {
          @Override
          public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && (matcher == null || matcher.matches(path.getFileName()))) {
              String relative = dir.relativize(path).toString().replace('\\', '/');
              entries.add(relative + "\t" + attributes.size() + "\t" + attributes.lastModifiedTime().toMillis());
            }
            return FileVisitResult.CONTINUE;
          }
        });
    Collections.sort(entries);
    return entries;
  }

  private static String file(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      return "absent";
    }
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    return attributes.size() + "\t" + attributes.lastModifiedTime().toMillis();
  }
}
