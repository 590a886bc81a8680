package io.github.schemadrift.maven;

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
 * <p>The format is the processor's {@code BuildInputs}; a folder is listed here exactly as there:
 * regular files up to the recorded depth (links followed) whose file names match the recorded
 * glob, as relative path, size and modification time in milliseconds.
 */
final class InputsRecord {

  static final String HEADER = "schemadrift-inputs\t1";

  /** What the comparison found: the first difference, if any, and the class files to remove. */
  record Comparison(Optional<String> difference, List<String> classFiles, int filesCompared) {}

  private final List<String> lines;

  private InputsRecord(List<String> lines) {
    this.lines = lines;
  }

  /** The record for a class output folder, if the processor wrote one in a format we know. */
  static Optional<InputsRecord> read(Path record) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(record, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return Optional.empty();
    }
    return Optional.of(new InputsRecord(lines));
  }

  /** Where the processor writes the record of the compile into {@code classOutput}. */
  static Path location(Path classOutput) {
    Path output = classOutput.toAbsolutePath().normalize();
    return output.getParent().resolve("schemadrift-inputs").resolve(output.getFileName() + ".txt");
  }

  /** Compares every folder and file of the record with its current state; stops at the first difference. */
  Comparison compare() throws IOException {
    List<String> classes = new ArrayList<>();
    Optional<String> difference = Optional.empty();
    int compared = 0;
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = lines.get(i).split("\t", -1);
      switch (fields[0]) {
        case "class" -> classes.add(fields[1]);
        case "tree" -> {
          List<String> recorded = new ArrayList<>();
          while (i + 1 < lines.size() && lines.get(i + 1).startsWith("entry\t")) {
            recorded.add(lines.get(++i).substring("entry\t".length()));
          }
          if (difference.isEmpty()) {
            List<String> now = tree(Paths.get(fields[1]), Integer.parseInt(fields[2]), fields[3]);
            compared += now.size();
            if (!now.equals(recorded)) {
              difference = Optional.of(treeDifference(fields[1], recorded, now));
            }
          }
        }
        case "file" -> {
          if (difference.isEmpty()) {
            compared++;
            String now = file(Paths.get(fields[1]));
            String then = String.join("\t", java.util.Arrays.copyOfRange(fields, 2, fields.length));
            if (!now.equals(then)) {
              difference = Optional.of(fields[1] + (now.equals("absent") ? " was removed" : then.equals("absent") ? " was added" : " changed"));
            }
          }
        }
        default -> {
          // a line a later processor may add: ignored
        }
      }
    }
    return new Comparison(difference, classes, compared);
  }

  /** The first file that was added, removed or changed in a folder, in words. */
  private static String treeDifference(String dir, List<String> recorded, List<String> now) {
    TreeSet<String> before = new TreeSet<>(recorded);
    TreeSet<String> after = new TreeSet<>(now);
    for (String entry : after) {
      if (!before.contains(entry)) {
        String name = entry.substring(0, entry.indexOf('\t'));
        boolean existed = before.stream().anyMatch(e -> e.startsWith(name + "\t"));
        return Paths.get(dir).resolve(name) + (existed ? " changed" : " was added");
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
   * A folder's listing, as the processor's {@code BuildInputs.tree} writes it. One file-system
   * visit per entry with its attributes, and no lambdas or streams: their first use costs a JVM
   * several milliseconds, and a plain {@code mvn} run uses them once.
   */
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
