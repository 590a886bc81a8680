package io.github.schemadrift.nativesql;

import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.entity.TableMapping;
import java.util.List;

/**
 * One piece of SQL written in a Java annotation: the hand-off from the reading of repositories and
 * entities to the {@code native-query} rule.
 *
 * @param kind whether it is a whole statement or a fragment Hibernate puts into one
 * @param sql the text as javac folded it
 * @param context the tables a fragment's unqualified names belong to (the entity's), empty for a
 *     statement
 * @param entityName the name Spring Data puts for {@code #{#entityName}}, or null when unknown
 * @param origin where it is written, for messages: {@code @Query on method 'BookRepository.find'}
 * @param position the annotation value that holds the text
 * @param subject a stable sort key
 * @param resultColumns the column names a {@code @SqlResultSetMapping} reads from its select list
 */
public record NativeSql(
    Kind kind,
    String sql,
    List<TableMapping> context,
    String entityName,
    String origin,
    SourcePosition position,
    String subject,
    List<ResultColumn> resultColumns) {

  /** How the text is parsed. */
  public enum Kind {
    /** A whole statement: a query, an insert, an update, a delete. */
    STATEMENT,
    /** A value expression in the entity's table ({@code @Formula}, {@code @ColumnTransformer}). */
    EXPRESSION,
    /** A condition in the entity's table ({@code @SQLRestriction}, {@code @Where}, {@code @Check}). */
    CONDITION
  }

  /**
   * A column name a result set mapping reads.
   *
   * @param name the column name
   * @param mapping the mapping's name
   * @param position where the name is written
   */
  public record ResultColumn(String name, String mapping, SourcePosition position) {}

  public NativeSql {
    context = List.copyOf(context);
    resultColumns = List.copyOf(resultColumns);
  }
}
