package io.github.schemadrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.migration.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index resolves every name exactly as {@link TableDef#column} does, in every dialect. */
class ColumnIndexTest {

  private static ColumnDef column(String name, boolean quoted, int line) {
    return new ColumnDef(name, quoted, null, true, null, false, new SqlLocation("V1__t.sql", line), null);
  }

  @Test
  void resolvesLikeTheTableInEveryDialect() {
    // quoted and unquoted spellings that fold together in some dialects and not in others
    TableDef table = new TableDef(null, "t", false, List.of(
        column("Title", false, 1), column("title", true, 2), column("TITLE", true, 3), column("Note", true, 4),
        column("id", false, 5), column("ID", false, 6)), List.of(), new SqlLocation("V1__t.sql", 1));
    List<String> names = List.of("title", "Title", "TITLE", "note", "Note", "NOTE", "id", "ID", "missing");
    for (Dialect dialect : Dialect.values()) {
      ColumnIndex index = ColumnIndex.build(dialect, table);
      for (String name : names) {
        for (boolean quoted : new boolean[] {false, true}) {
          assertThat(index.column(name, quoted))
              .as("%s %s quoted=%s", dialect, name, quoted)
              .isEqualTo(table.column(dialect, name, quoted));
        }
      }
    }
    assertThat(ColumnIndex.build(Dialect.POSTGRESQL, table).column("TITLE", false)).map(ColumnDef::lastChanged)
        .contains(new SqlLocation("V1__t.sql", 1));
    assertThat(ColumnIndex.build(Dialect.POSTGRESQL, table).column("missing", false)).isEmpty();
  }
}
