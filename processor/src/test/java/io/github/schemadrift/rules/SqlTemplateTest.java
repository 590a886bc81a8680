package io.github.schemadrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The placeholders of Spring Data and Hibernate, replaced by what the database sees. */
class SqlTemplateTest {

  @Test
  void springDataPlaceholders() {
    assertThat(SqlTemplate.rewrite("SELECT * FROM #{#entityName} b WHERE b.title LIKE %:q% AND b.id = ?1", "book"))
        .isEqualTo("SELECT * FROM book b WHERE b.title LIKE :q AND b.id = ?1");
    assertThat(SqlTemplate.rewrite("SELECT * FROM #{#entityName} WHERE a = :#{#p.a} AND b = ?#{[0].b}", null))
        .isEqualTo("SELECT * FROM " + SqlTemplate.UNKNOWN_TABLE + " WHERE a = ? AND b = ?");
    assertThat(SqlTemplate.rewrite("SELECT x::text FROM t WHERE y = :y", null)).isEqualTo("SELECT x::text FROM t WHERE y = :y");
  }

  @Test
  void hibernatePlaceholders() {
    assertThat(SqlTemplate.rewrite("SELECT {b.*}, {b.title} FROM {h-schema}book b WHERE {alias}.id = ?", null))
        .isEqualTo("SELECT b.*, NULL FROM book b WHERE " + SqlTemplate.ALIAS + ".id = ?");
  }

  @Test
  void stringsQuotedNamesAndCommentsAreCopied() {
    String sql = "SELECT '{alias} :x %?%', \"#{#entityName}\" FROM t -- :#{x}\n/* {h-schema} */";
    assertThat(SqlTemplate.rewrite(sql, "e")).isEqualTo(sql);
  }
}
