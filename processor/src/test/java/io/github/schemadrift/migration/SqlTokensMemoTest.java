package io.github.schemadrift.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The statement read once for {@link KeywordQuoting} and {@link ParseSanity} ({@link
 * SqlTokens#coded}), and the word test that lets {@link DdlRewriter} skip an expression ({@link
 * SqlTokens#mayContain}).
 */
class SqlTokensMemoTest {

  @Test
  void theSameStringOnTheSameThreadIsReadOnceAnEqualCopyOrAnotherThreadReadsItAgain() throws InterruptedException {
    String sql = "ALTER TABLE t ADD COLUMN script text";
    SqlTokens.Coded first = SqlTokens.coded(sql, Dialect.POSTGRESQL);
    assertThat(SqlTokens.coded(sql, Dialect.POSTGRESQL)).isSameAs(first);
    SqlTokens.Coded copy = SqlTokens.coded(new String(sql), Dialect.POSTGRESQL);
    assertThat(copy).isNotSameAs(first);
    assertThat(copy.tokens()).isEqualTo(first.tokens());
    assertThat(SqlTokens.coded(sql, Dialect.MYSQL)).isNotSameAs(first);
    assertThat(first.tokens()).hasSize(7);
    assertThat(first.names().isName(6)).isFalse();
    assertThat(first.names().isName(5)).isTrue(); // script
    assertThatThrownBy(() -> first.tokens().clear()).isInstanceOf(UnsupportedOperationException.class);

    SqlTokens.Coded mine = SqlTokens.coded(sql, Dialect.POSTGRESQL);
    AtomicReference<SqlTokens.Coded> other = new AtomicReference<>();
    Thread thread = new Thread(() -> other.set(SqlTokens.coded(sql, Dialect.POSTGRESQL)));
    thread.start();
    thread.join();
    assertThat(other.get()).isNotSameAs(mine);
    assertThat(other.get().tokens()).isEqualTo(mine.tokens());
  }

  @Test
  void mayContainIsTrueWhereverACaseBlindExpressionFindsTheWord() {
    Pattern dataType = Pattern.compile("(?i)\\bSET\\s+DATA\\s+TYPE\\b");
    for (String sql : new String[] {"alter table t alter column c set data type int", "ALTER TABLE t ALTER c SET DaTa TYPE int",
        "x data", "DATA", "ALTER TABLE t ADD metadata int", "ALTER TABLE t ADD c int", "dat", "", "ALTER TABLE \u00e4 SET D\u0131TA TYPE"}) {
      boolean found = dataType.matcher(sql).find() || sql.toUpperCase(java.util.Locale.ROOT).contains("DATA");
      if (found) {
        assertThat(SqlTokens.mayContain(sql, "DATA")).as(sql).isTrue();
      }
    }
    assertThat(SqlTokens.mayContain("ALTER TABLE t ADD c int", "DATA")).isFalse();
    assertThat(SqlTokens.mayContain("dat", "DATA")).isFalse();
    assertThat(SqlTokens.mayContain("alter table t set data type int", "DATA")).isTrue();
  }
}
