package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.TableDef;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The discriminator column of a single-table or joined hierarchy is missing, or too narrow for the
 * value a concrete entity writes into it ({@code @DiscriminatorValue}, else the entity name): every
 * query on the hierarchy, or every insert of that entity, fails. Abstract and {@code @Immutable}
 * entities write no value and are not judged; Hibernate's special values {@code null} and
 * {@code not null} are not written either.
 */
public final class DiscriminatorRule implements Rule {

  public static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("discriminator", "the discriminator column is missing or cannot hold the discriminator values", Severity.ERROR);

  /** The attribute path the entity model gives the discriminator column. */
  static final String ATTRIBUTE = "#discriminator";

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings) {}

  @Override
  public void checkAll(List<EntityModel> entities, SchemaModel schema, Consumer<Finding> findings) {
    for (EntityModel root : entities) {
      ColumnMapping discriminator = root.discriminator();
      Optional<TableDef> found = TableLookup.primary(schema, root);
      if (discriminator == null || found.isEmpty() || discriminator.shape().columnDefinition() != null) {
        continue; // missing-table reports the table; a definition is the user's own type
      }
      TableDef table = found.get();
      Optional<ColumnDef> column = table.column(schema.dialect(), discriminator.columnName(), discriminator.quoted());
      if (column.isEmpty()) {
        String fix = FixSql.addColumn(schema.dialect(), table, discriminator);
        findings.accept(
            new Finding(
                DESCRIPTOR,
                DESCRIPTOR.defaultSeverity(),
                TableMessages.missingDiscriminator(root, table, discriminator, fix),
                discriminator.columnAnnotation(),
                table.createdAt(),
                root.qualifiedName() + "#" + ATTRIBUTE,
                withRows(fix, table, discriminator, entities, root)));
        continue;
      }
      Integer length = column.get().type() == null ? null : column.get().type().length();
      if (length == null) {
        continue;
      }
      List<EntityModel> members = entities.stream()
          .filter(e -> e.traits().root().equals(root.qualifiedName()) && e.traits().inserts())
          .filter(e -> e.traits().discriminatorValue() != null)
          .filter(e -> !e.traits().discriminatorValue().equals("null") && !e.traits().discriminatorValue().equals("not null"))
          .toList();
      int longest = members.stream().mapToInt(e -> e.traits().discriminatorValue().length()).max().orElse(0);
      for (EntityModel member : members) {
        String value = member.traits().discriminatorValue();
        if (value.length() <= length) {
          continue;
        }
        String wider = column.get().type().base() + "(" + Math.max(longest, discriminator.shape().length() == null
            ? longest : discriminator.shape().length()) + ")";
        String fix = FixSql.changeType(schema.dialect(), table, column.get(), wider);
        findings.accept(
            new Finding(
                DESCRIPTOR,
                DESCRIPTOR.defaultSeverity(),
                TableMessages.discriminatorTooNarrow(member, table, column.get(), value, fix),
                member.traits().discriminatorValuePosition(),
                column.get().lastChanged(),
                member.qualifiedName() + "#" + ATTRIBUTE,
                fix));
      }
    }
  }

  /**
   * The added discriminator column with what the rows already in the table need: when the
   * hierarchy inserts one class only, every row is of that class and gets its value; otherwise
   * which class each row is cannot be known, and the backfill is the reviewer's decision.
   */
  private static String withRows(String add, TableDef table, ColumnMapping discriminator, List<EntityModel> entities, EntityModel root) {
    List<String> values = entities.stream()
        .filter(e -> e.traits().root().equals(root.qualifiedName()) && e.traits().inserts())
        .map(e -> e.traits().discriminatorValue())
        .filter(v -> v != null && !v.equals("null") && !v.equals("not null"))
        .distinct().toList();
    String column = discriminator.columnName();
    if (values.size() == 1 && discriminator.type().databaseJavaType().equals("java.lang.String")) {
      String value = "'" + values.get(0).replace("'", "''") + "'";
      return "-- every row already in " + table.name() + " is of the one class the hierarchy inserts: it gets " + value + "\n"
          + add + " DEFAULT " + value + " NOT NULL";
    }
    return "-- rows already in " + table.name() + " get NULL in " + column + ", which Hibernate cannot load: decide each row's class"
        + " and run: UPDATE " + table.name() + " SET " + column + " = <value> WHERE ...\n" + add;
  }
}
