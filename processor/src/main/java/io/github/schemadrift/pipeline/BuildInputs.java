package io.github.schemadrift.pipeline;

import io.github.schemadrift.liquibase.LiquibaseSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Records what a check read, so that {@code schemadrift-maven-plugin} can tell before the next
 * compile whether any of it changed (Maven recompiles only when Java sources change). Written to
 * {@code <class output>/../schemadrift-inputs/<class output name>.txt} ({@code
 * target/schemadrift-inputs/classes.txt}), only when the class output is a folder under {@code
 * target/} or {@code build/}.
 *
 * <p>One line per fact, tab-separated, UTF-8; the plugin reads the same format. A folder's line
 * carries the number of its files and an order-independent fingerprint of their relative paths,
 * sizes and modification times ({@link #fingerprint}), so that the plugin, when nothing changed,
 * compares two numbers per folder and never reads the listing after {@code entries}, which is
 * there only to say which file changed:
 *
 * <pre>
 * schemadrift-inputs	2
 * class	com/example/Task.class                       compiled class of an entity's top-level type
 * tree	/abs/db/migration	-1	*	3000	9f1c…             a folder, its depth (-1: any), a file-name glob, files, fingerprint
 * file	/abs/pom.xml	2048	1733580000000              a file read, or probed: "file	path	absent"
 * entries
 * entry	0	V1__init.sql	123	1733580000000          a file of tree 0: relative path, size, modified ms
 * </pre>
 *
 * <p>The state is taken before the replay reads the migrations: a file that changes while the
 * check runs differs from the record at the next build and is checked again. Nothing here may
 * fail a build: an I/O problem leaves no record, and the plugin then does nothing.
 */
final class BuildInputs {

  static final String HEADER = "schemadrift-inputs\t2";

  /** The configuration files the processor may read, in {@code src/main/resources} and its {@code config/}. */
  static final String RESOURCE_GLOB =
      "{application*.properties,application*.yml,application*.yaml,hibernate.properties,hibernate.cfg.xml,flyway.conf}";

  /** Files under the project folder the processor may read (Flyway's files and the build files). */
  private static final List<String> PROJECT_FILES =
      List.of("pom.xml", "build.gradle", "build.gradle.kts", "flyway.conf", "conf/flyway.conf", "flyway.toml", "conf/flyway.toml",
          "src/main/resources/META-INF/persistence.xml");

  private BuildInputs() {}

  /**
   * Writes the record for one check: the migration locations, the configuration files of the
   * project and the compiled classes of the entities' top-level types (what the plugin removes to
   * make the compiler recompile them).
   */
  static void record(Filer filer, Elements elements, Settings settings, Collection<String> entities) {
    List<Path> locations = new ArrayList<>(settings.migrationLocations());
    if (settings.liquibase().active()) {
      // the changelog's folder, with the files it includes (they usually sit beside or below it)
      settings.liquibase().changelog().map(LiquibaseSettings.Changelog::file).filter(Objects::nonNull)
          .ifPresent(file -> locations.add(file.toAbsolutePath().getParent()));
    }
    record(filer, elements, settings.projectDir(), locations, entities);
  }

  static void record(Filer filer, Elements elements, Optional<Path> projectDir, List<Path> locations, Collection<String> entities) {
    try {
      Optional<Path> classOutput = classOutput(filer);
      if (classOutput.isEmpty() || classOutput.get().getParent() == null || !inBuildFolder(classOutput.get())) {
        return;
      }
      List<String> lines = new ArrayList<>();
      lines.add(HEADER);
      for (String name : classFiles(elements, entities)) {
        lines.add("class\t" + name);
      }
      List<String> entries = new ArrayList<>();
      for (Path location : locations) {
        tree(lines, entries, location.toAbsolutePath().normalize(), -1, "*");
      }
      Path out = classOutput.get();
      if (projectDir.isPresent()) {
        Path project = projectDir.get().toAbsolutePath().normalize();
        Path resources = project.resolve("src/main/resources");
        tree(lines, entries, resources, 1, RESOURCE_GLOB);
        tree(lines, entries, resources.resolve("config"), 1, RESOURCE_GLOB);
        for (String name : PROJECT_FILES) {
          file(lines, project.resolve(name));
        }
        Optional<Path> own = ProjectLayout.projectDir(filer, null).map(dir -> dir.toAbsolutePath().normalize());
        if (own.isPresent() && !own.get().equals(project)) {
          // read from a sibling module: migrations or an application.* in this module would change that choice
          Path ownResources = own.get().resolve("src/main/resources");
          tree(lines, entries, ownResources.resolve("db/migration"), -1, "*");
          tree(lines, entries, ownResources, 1, RESOURCE_GLOB);
          tree(lines, entries, ownResources.resolve("config"), 1, RESOURCE_GLOB);
        }
      }
      lines.add("entries");
      lines.addAll(entries);
      Path target = out.getParent().resolve("schemadrift-inputs").resolve(out.getFileName() + ".txt");
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), "inputs", ".tmp");
      try {
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        move(temporary, target);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | RuntimeException e) {
      // no record: the plugin then leaves the build as it is, as without it
    }
  }

  /** Replaces the record at once where the file system can, so the plugin never reads half of one. */
  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Whether the class output lies in a build tool's output folder ({@code target/}, {@code build/}),
   * so that the record lands there too and never among the project's own files (an IDE's {@code bin/}).
   */
  private static boolean inBuildFolder(Path classOutput) {
    for (Path name : classOutput) {
      if (name.toString().equals("target") || name.toString().equals("build")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The folder a compile writes classes to, when it is one. ECJ's Filer has no {@code getResource}
   * for a file that does not exist; there the name of a resource that is created but never opened
   * (so never written) tells the folder.
   */
  private static Optional<Path> classOutput(Filer filer) {
    FileObject probe;
    try {
      probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "schemadrift.probe");
    } catch (IOException | RuntimeException e) {
      try {
        probe = filer.createResource(StandardLocation.CLASS_OUTPUT, "", "schemadrift-inputs.probe");
      } catch (IOException | RuntimeException again) {
        return Optional.empty();
      }
    }
    URI uri = probe.toUri();
    return "file".equals(uri.getScheme()) ? Optional.of(Paths.get(uri).getParent()) : Optional.empty();
  }

  /** The class files, relative to the class output, of the top-level types that hold these types. */
  private static TreeSet<String> classFiles(Elements elements, Collection<String> qualifiedNames) {
    TreeSet<String> files = new TreeSet<>();
    for (String name : qualifiedNames) {
      Element element = elements.getTypeElement(name);
      while (element != null && element.getEnclosingElement() instanceof TypeElement outer) {
        element = outer;
      }
      if (element instanceof TypeElement type) {
        files.add(elements.getBinaryName(type).toString().replace('.', '/') + ".class");
      }
    }
    return files;
  }

  /**
   * A folder's files up to {@code depth} (-1: any) whose names match {@code glob}: the folder's line
   * with their number and fingerprint, and one sorted entry line each for the listing.
   */
  static void tree(List<String> lines, List<String> entries, Path dir, int depth, String glob) throws IOException {
    long tree = lines.stream().filter(line -> line.startsWith("tree\t")).count();
    TreeSet<String> files = new TreeSet<>();
    long sum = 0;
    if (Files.isDirectory(dir)) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      try (Stream<Path> walk = Files.walk(dir, depth < 0 ? Integer.MAX_VALUE : depth, FileVisitOption.FOLLOW_LINKS)) {
        for (Path path : (Iterable<Path>) walk::iterator) {
          BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
          if (attributes.isRegularFile() && matcher.matches(path.getFileName())) {
            String relative = dir.relativize(path).toString().replace('\\', '/');
            long modified = attributes.lastModifiedTime().toMillis();
            files.add(relative + "\t" + attributes.size() + "\t" + modified);
            sum += fingerprint(relative, attributes.size(), modified);
          }
        }
      }
    }
    lines.add("tree\t" + dir + "\t" + depth + "\t" + glob + "\t" + files.size() + "\t" + Long.toHexString(sum));
    files.forEach(entry -> entries.add("entry\t" + tree + "\t" + entry));
  }

  /**
   * One file's share of its folder's fingerprint (the folder's is the sum over its files, so the
   * order of a listing does not matter). The plugin's {@code InputsRecord.fingerprint} is the same
   * function: change both together, with the format's version.
   */
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

  private static void file(List<String> lines, Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      lines.add("file\t" + path + "\t" + attributes.size() + "\t" + attributes.lastModifiedTime().toMillis());
    } else {
      lines.add("file\t" + path + "\tabsent");
    }
  }
}
