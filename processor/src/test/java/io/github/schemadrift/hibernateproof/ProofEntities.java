package io.github.schemadrift.hibernateproof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The proof's entities: the source files of package {@code hibernateproof.model}, which Maven
 * compiles as ordinary test sources (so Hibernate gets the classes) and which the proof also feeds,
 * as source files, to javac with schemadrift's reader.
 */
final class ProofEntities {

  static final String PACKAGE = "io.github.schemadrift.hibernateproof.model";
  private static final Pattern ENTITY =
      Pattern.compile("^@Entity\\b[\\s\\S]*?\\bclass\\s+(\\w+)", Pattern.MULTILINE);

  private ProofEntities() {}

  /** The implicit naming proof's smaller model: names the other strategies' rules would clash on in the main model. */
  static final String IMPLICIT_PACKAGE = "io.github.schemadrift.hibernateproof.implicitmodel";

  static Path sourceDir() {
    return sourceDir(PACKAGE);
  }

  static Path sourceDir(String pkg) {
    Path dir = Paths.get("src/test/java").resolve(pkg.replace('.', '/'));
    if (!Files.isDirectory(dir)) {
      dir = Paths.get("processor").resolve(dir);
    }
    return dir.toAbsolutePath();
  }

  static List<Path> sourceFiles() {
    return sourceFiles(PACKAGE);
  }

  static List<Path> sourceFiles(String pkg) {
    try (Stream<Path> files = Files.list(sourceDir(pkg))) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The simple names of the classes annotated {@code @Entity}, in file order. */
  static List<String> entityNames() {
    return entityNames(PACKAGE);
  }

  static List<String> entityNames(String pkg) {
    List<String> names = new ArrayList<>();
    for (Path file : sourceFiles(pkg)) {
      try {
        Matcher m = ENTITY.matcher(Files.readString(file));
        while (m.find()) {
          names.add(m.group(1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  static List<Class<?>> classes() {
    return classes(PACKAGE);
  }

  static List<Class<?>> classes(String pkg) {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : entityNames(pkg)) {
      try {
        classes.add(Class.forName(pkg + "." + name));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return classes;
  }
}
