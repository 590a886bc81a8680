package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.ColumnType;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.function.Consumer;

/**
 * A character column narrower than the attribute's length: values that pass the entity (and Bean
 * Validation) are rejected or cut by the database. Narrower than an explicit
 * {@code @Column(length)} or {@code @Size(max)} is an error; narrower than only JPA's implicit 255
 * is a warning. A {@code STRING} enum needs only its longest constant. Unbounded types (text, lob),
 * a {@code columnDefinition} and the discriminator column (see {@link DiscriminatorRule}) are not
 * judged.
 */
public final class LengthRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("length", "a character column is narrower than the attribute's length", Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {
    MappedColumns.forEach(
        entity, schema, (mapped, table, mapping, column) -> check(entity, table, column, mapping, schema, findings));
  }

  private static void check(
      EntityModel entity, TableDef table, ColumnDef column, ColumnMapping mapping, SchemaModel schema, Consumer<Finding> findings) {
    Integer actual = column.type() == null ? null : column.type().length();
    if (actual == null
        || mapping.shape().columnDefinition() != null
        || mapping.type().lob()
        || mapping.attributePath().equals(DiscriminatorRule.ATTRIBUTE)) {
      return;
    }
    Requirement required = requirement(mapping);
    if (required == null || actual >= required.length()) {
      return;
    }
    String wider = column.type().base() + "(" + required.length() + ")";
    String fix = FixSql.changeType(schema.dialect(), table, column, wider);
    findings.accept(
        new Finding(
            DESCRIPTOR,
            required.severity(),
            ColumnMessages.columnTooNarrow(table, column, mapping, required.length(), required.source(), fix),
            required.position(),
            column.lastChanged(),
            entity.qualifiedName() + "#" + mapping.attributePath(),
            fix));
  }

  /** What the attribute needs, where the code says it, and how sure that is. */
  private record Requirement(int length, String source, SourcePosition position, Severity severity) {}

  private static Requirement requirement(ColumnMapping mapping) {
    ColumnType type = mapping.type();
    if (type.enumStorage() == ColumnType.EnumStorage.STRING && !type.enumConstants().isEmpty() && type.converter() == null) {
      int longest = type.enumConstants().stream().mapToInt(String::length).max().orElse(0);
      return new Requirement(longest, "the longest constant of enum '" + simpleName(type.javaType()) + "'",
          mapping.attribute(), Severity.ERROR);
    }
    Integer size = mapping.shape().validationMaxLength();
    Integer length = mapping.shape().length();
    boolean explicit = mapping.shape().lengthExplicit();
    if (size != null && (!explicit || length == null || size < length)) {
      return new Requirement(size, "@Size(max = " + size + ")", mapping.attribute(), Severity.ERROR);
    }
    if (length == null) {
      return null;
    }
    return explicit
        ? new Requirement(length, "length = " + length, mapping.position("length"), Severity.ERROR)
        : new Requirement(length, "JPA's implicit length " + length, mapping.columnAnnotation(), Severity.NOTE);
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
