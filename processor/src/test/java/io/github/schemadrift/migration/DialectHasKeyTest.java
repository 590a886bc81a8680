package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Dialect#hasKey} answers exactly what comparing {@link Dialect#key} does, for every dialect and case. */
class DialectHasKeyTest {

  private static final List<String> NAMES = List.of(
      "id", "ID", "Id", "title_2", "TITLE_2", "", "a", "A", "ab", "abc", "user name", "Ärger", "ärger", "ÄRGER",
      "İd", "i̇d", "iḋ", "straße", "STRASSE", "ǅemal", "ǆemal", "Σίσυφος", "σίσυφοσ", "ΣΊΣΥΦΟΣ", "ﬁle", "FILE",
      "\uD801\uDC00x", "\uD801\uDC28x", "KELVIN", "kelvin", "\u212Aelvin", "ıd", "Id\u0307");

  @Test
  void hasKeyIsKeyEquals() {
    int compared = 0;
    int equal = 0;
    for (Dialect dialect : Dialect.values()) {
      for (String name : NAMES) {
        for (boolean quoted : new boolean[] {false, true}) {
          for (String other : NAMES) {
            for (boolean otherQuoted : new boolean[] {false, true}) {
              String key = dialect.key(other, otherQuoted);
              boolean expected = dialect.key(name, quoted).equals(key);
              assertThat(dialect.hasKey(name, quoted, key))
                  .as("%s: '%s' (quoted %s) against the key of '%s' (quoted %s)", dialect, name, quoted, other, otherQuoted)
                  .isEqualTo(expected);
              compared++;
              equal += expected ? 1 : 0;
            }
          }
        }
      }
    }
    assertThat(equal).as("some pairs are the same identifier").isGreaterThan(NAMES.size() * Dialect.values().length * 2);
    assertThat(compared - equal).as("and most are not").isGreaterThan(equal);
  }
}
