package io.github.schemadrift.migration;

import java.util.List;

/**
 * A CHECK constraint. When the expression is {@code column IN ('A', 'B')} (or the same as a chain
 * of {@code OR}ed equalities), {@link #column} and {@link #allowedValues} hold it in a form rules
 * can compare with an enum's constants.
 *
 * @param name the constraint name as written, or null
 * @param expression the expression as JSqlParser prints it
 * @param column the dialect key of the single column an IN-list check restricts, or null
 * @param allowedValues the string literals of that IN-list, unquoted, in order; empty otherwise
 * @param definedAt the statement that added it
 */
public record CheckDef(
    String name, String expression, String column, List<String> allowedValues, SqlLocation definedAt) implements java.io.Serializable {

  public CheckDef {
    allowedValues = List.copyOf(allowedValues);
  }
}
