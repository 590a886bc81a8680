package io.github.schemadrift.entity;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.schemadrift.SchemaDriftProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-thread memo of annotation names and values: it must not keep a finished compilation's
 * elements (and through them the whole compilation) on a thread that outlives it.
 */
class AnnotationMemoTest {

  @TempDir Path dir;

  private static final JavaFileObject ENTITY = JavaFileObjects.forSourceLines("app.OrderLine",
      "package app;",
      "@jakarta.persistence.Entity @jakarta.persistence.Table(name = \"order_line\") public class OrderLine {",
      "  @jakarta.persistence.Id Long id;",
      "  @jakarta.persistence.Column(name = \"product_code\", length = 40) String productCode;",
      "}");

  /** Records how much the memo held while entity reading was under way, in a processor's round. */
  private static final class Probe extends AbstractProcessor {
    int heldDuringRound = -1;

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
      for (Element e : round.getRootElements()) {
        if (e instanceof TypeElement type && EntityReader.isEntity(type)) {
          heldDuringRound = JpaAnnotations.remembered();
        }
      }
      return false;
    }
  }

  @Test
  void theMemoIsEmptyOnceTheCompilationIsDone() throws IOException {
    Path db = Files.createDirectories(dir.resolve("db"));
    Files.writeString(db.resolve("V1__init.sql"),
        "CREATE TABLE order_line (id BIGINT PRIMARY KEY, product_code VARCHAR(40));\n");
    Probe probe = new Probe();
    Compilation compilation = javac()
        .withProcessors(new SchemaDriftProcessor(), probe)
        .withOptions("-Aschemadrift.migrations=" + db)
        .compile(ENTITY);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(probe.heldDuringRound).as("the memo is in use while entities are read").isPositive();
    assertThat(JpaAnnotations.remembered()).as("after the last round, on javac's (this) thread").isZero();
  }
}
