package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay semantics that decided a finding end to end: a serial column's owned sequence, a default
 * replaced and its sequence dropped, and {@code DEFAULT NULL}, which gives no insert a value.
 */
class ReplaySemanticsE2eTest {

  @TempDir Path dir;

  private static final String SEQUENCE_ID = "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"g\")\n"
      + "  @SequenceGenerator(name = \"g\", sequenceName = \"tickets_id_seq\", allocationSize = 1) private Long id;";

  private static JavaFileObject ticket(String... fields) {
    String[] head = {"package app;", "import jakarta.persistence.*;", "@Entity @Table(name = \"tickets\")", "public class Ticket {"};
    String[] all = new String[head.length + fields.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(fields, 0, all, head.length, fields.length);
    all[all.length - 1] = "}";
    return Fixtures.source("app.Ticket", all);
  }

  private Compilation compile(String name, Map<String, String> migrations, JavaFileObject source) {
    Path db = Fixtures.migrations(dir.resolve(name), migrations);
    return Fixtures.compile(db, List.of("-Aschemadrift.dialect=postgresql"), source);
  }

  /** Was a false error: the sequence PostgreSQL creates for a BIGSERIAL column was not in the replay. */
  @Test
  void aSequenceGeneratorOverABigserialsOwnedSequenceIsFine() {
    Compilation c = compile("serial", Map.of("V1__tickets.sql", "CREATE TABLE tickets (id BIGSERIAL PRIMARY KEY);\n"),
        ticket(SEQUENCE_ID));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void theOwnedSequenceIsGoneOnceTheDefaultIsReplacedAndTheSequenceDropped() {
    Compilation c = compile("dropped", Map.of(
            "V1__tickets.sql", "CREATE TABLE tickets (id BIGSERIAL PRIMARY KEY);\n",
            "V2__no_serial.sql", "ALTER TABLE tickets ALTER COLUMN id DROP DEFAULT;\nDROP SEQUENCE tickets_id_seq;\n"),
        ticket(SEQUENCE_ID));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:generation] sequence 'tickets_id_seq'").inFile(ticket(SEQUENCE_ID))
        .onLineContaining("strategy = GenerationType.SEQUENCE");
  }

  @Test
  void aSerialColumnWhoseDefaultWasDroppedIsNoIdentity() {
    JavaFileObject source = ticket("  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;");
    Compilation c = compile("identity", Map.of(
            "V1__tickets.sql", "CREATE TABLE tickets (id BIGSERIAL PRIMARY KEY);\n",
            "V2__no_serial.sql", "ALTER TABLE tickets ALTER COLUMN id DROP DEFAULT;\nDROP SEQUENCE tickets_id_seq;\n"),
        source);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:generation] column 'tickets.id' is not an identity, serial or auto-increment column")
        .inFile(source).onLineContaining("strategy = GenerationType.IDENTITY");
  }

  /** Was silent: {@code NOT NULL DEFAULT NULL} was taken for a default that fills the unmapped column. */
  @Test
  void notNullDefaultNullGivesAnUnmappedColumnNoValue() {
    JavaFileObject source = ticket("  @Id private Long id;");
    Compilation c = compile("default-null", Map.of(
            "V1__tickets.sql", "CREATE TABLE tickets (id BIGINT PRIMARY KEY, code VARCHAR(20) NOT NULL DEFAULT NULL);\n"),
        source);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:unmapped-not-null] column 'tickets.code' is NOT NULL without a default")
        .inFile(source);
  }
}
