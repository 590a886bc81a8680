package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholder replacement: values, defaults, and the lines of the unknown ones. */
class PlaceholdersTest {

  @Test
  void eachUnknownPlaceholderKeepsItsOwnLineWithKnownOnesBetween() {
    Placeholders placeholders = Placeholders.of(Map.of("known", "k"), Dialect.POSTGRESQL);
    String script = "CREATE TABLE ${a}.t (id int);\n"
        + "\n"
        + "INSERT INTO ${known}.t VALUES (1); INSERT INTO ${b}.t VALUES (2); -- ${c}\n"
        + "\r\n"
        + "\n"
        + "UPDATE ${b}.t SET id = 3;";

    Placeholders.Replaced replaced = placeholders.replace(script, "V1__x.sql");

    assertThat(replaced.unknown())
        .containsExactly(
            new Placeholders.Unknown("a", 1),
            new Placeholders.Unknown("b", 3),
            new Placeholders.Unknown("c", 3),
            new Placeholders.Unknown("b", 6));
    assertThat(replaced.text())
        .isEqualTo(
            "CREATE TABLE a.t (id int);\n\nINSERT INTO k.t VALUES (1); INSERT INTO b.t VALUES (2); -- c\n\r\n\nUPDATE b.t SET id = 3;");
  }

  @Test
  void aScriptWithoutPlaceholdersIsReturnedAsItIs() {
    String script = "CREATE TABLE t (id int);\n";

    Placeholders.Replaced replaced = Placeholders.none(Dialect.MYSQL).replace(script, "V1__x.sql");

    assertThat(replaced.text()).isSameAs(script);
    assertThat(replaced.unknown()).isEmpty();
  }
}
