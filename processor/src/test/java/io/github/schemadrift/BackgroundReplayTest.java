package io.github.schemadrift;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.rules.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay starts in the first round on a thread of its own; what fails there is reported, never thrown. */
class BackgroundReplayTest {

  @TempDir Path dir;
  private Path migrations;

  private static final JavaFileObject TASK =
      JavaFileObjects.forSourceLines(
          "app.Task",
          "package app;",
          "import jakarta.persistence.*;",
          "@Entity @Table(name = \"tasks\")",
          "public class Task {",
          "  @Id private Long id;",
          "  @Column(nullable = false) private String title;",
          "}");

  @BeforeEach
  void writeMigrations() throws IOException {
    migrations = Files.createDirectories(dir.resolve("db"));
    Files.writeString(migrations.resolve("V1__tasks.sql"), "CREATE TABLE tasks (id BIGINT PRIMARY KEY, title TEXT);\n");
  }

  private Compilation compile(SchemaDriftProcessor processor) {
    return javac()
        .withProcessors(processor)
        .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.timings=true")
        .compile(TASK);
  }

  @Test
  void theReplayRunsOnItsOwnThreadAndTheLastRoundUsesIt() {
    List<String> threads = new CopyOnWriteArrayList<>();
    Compilation compilation =
        compile(new SchemaDriftProcessor(Rules.checks(), () -> threads.add(Thread.currentThread().getName())));

    assertThat(threads).containsExactly("schemadrift-replay");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[schemadrift:nullability] column 'tasks.title'");
    assertThat(compilation).hadNoteContaining("on a background thread started in the first round");
  }

  @Test
  void anExceptionInTheBackgroundBecomesOneInternalErrorAndJavacGoesOn() {
    Compilation compilation =
        compile(
            new SchemaDriftProcessor(
                Rules.checks(),
                () -> {
                  throw new IllegalStateException("replay boom");
                }));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[schemadrift:internal-error] schemadrift ");
    assertThat(compilation).hadWarningContaining("failed while checking 'the replay of 1 migrations'");
    assertThat(compilation).hadWarningContaining("java.lang.IllegalStateException: replay boom");
  }

  @Test
  void anErrorInTheBackgroundIsReportedTooAndDoesNotCrashJavac() {
    Compilation compilation =
        compile(
            new SchemaDriftProcessor(
                Rules.checks(),
                () -> {
                  throw new StackOverflowError("deep");
                }));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[schemadrift:internal-error]");
    assertThat(compilation).hadWarningContaining("java.lang.StackOverflowError: deep");
  }

  /** Writes a {@code @SchemaDriftConfig} in the first round, as a code generator could. */
  private static final class ConfigGenerator extends AbstractProcessor {
    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!generated) {
        generated = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("app.GeneratedConfig").openWriter()) {
          out.write(
              "package app;\n@io.github.schemadrift.annotations.SchemaDriftConfig(dialect = \"mysql\")\n"
                  + "class GeneratedConfig {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void aConfigurationThatChangesAfterTheFirstRoundIsReplayedAgainInTheLastRound() throws IOException {
    // Backticks: PostgreSQL, the dialect of the first round, cannot parse them; MySQL can.
    Files.writeString(migrations.resolve("V1__tasks.sql"), "CREATE TABLE `tasks` (id BIGINT PRIMARY KEY, title TEXT);\n");
    List<String> threads = new CopyOnWriteArrayList<>();
    JavaFileObject task =
        JavaFileObjects.forSourceLines(
            "app.Task",
            "package app;",
            "import jakarta.persistence.*;",
            "@Entity @Table(name = \"tasks\")",
            "public class Task {",
            "  @Id private Long id;",
            "  private String title;",
            "}");

    Compilation compilation =
        javac()
            .withProcessors(
                new ConfigGenerator(),
                new SchemaDriftProcessor(Rules.checks(), () -> threads.add(Thread.currentThread().getName())))
            .withOptions("-Aschemadrift.migrations=" + migrations, "-Aschemadrift.timings=true")
            .compile(task);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("(mysql, 1 tables");
    assertThat(compilation).hadNoteContaining("dialect mysql from @SchemaDriftConfig on class 'app.GeneratedConfig'");
    assertThat(compilation).hadNoteContaining("timings: replay ");
    assertThat(compilation).hadNoteContaining(" ms in the last round; ");
    assertThat(threads).contains("schemadrift-replay");
    assertThat(threads.get(threads.size() - 1)).isNotEqualTo("schemadrift-replay");
  }

  /** A processor whose first replay, after the background discovery saw V1 alone, writes V2 (which fixes the drift). */
  private SchemaDriftProcessor addingV2WhenTheFirstReplayStarts(List<String> threads) {
    return new SchemaDriftProcessor(
        Rules.checks(),
        () -> {
          threads.add(Thread.currentThread().getName());
          if (threads.size() == 1) {
            try {
              Files.writeString(migrations.resolve("V2__title.sql"), "ALTER TABLE tasks ALTER COLUMN title SET NOT NULL;\n");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
  }

  @Test
  void aMigrationAddedAfterTheBackgroundDiscoveryIsReplayedInTheLastRound() {
    // The hook runs after the background thread has discovered V1 alone; V2 fixes the drift.
    List<String> threads = new CopyOnWriteArrayList<>();
    Compilation compilation =
        compile(addingV2WhenTheFirstReplayStarts(threads));

    assertThat(threads).first().isEqualTo("schemadrift-replay");
    assertThat(threads).hasSize(2);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("against 2 migrations");
    assertThat(compilation).hadNoteContaining(" ms in the last round; ");
  }

  @Test
  void aMigrationAddedToAnOldFolderAfterTheBackgroundDiscoveryIsFoundToo() throws IOException {
    // an old folder makes the background's discovery reusable until a file lands in it
    Files.setLastModifiedTime(migrations, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3_600)));
    List<String> threads = new CopyOnWriteArrayList<>();
    Compilation compilation =
        compile(addingV2WhenTheFirstReplayStarts(threads));

    assertThat(threads).containsExactly("schemadrift-replay", "main");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("against 2 migrations");
  }
}
