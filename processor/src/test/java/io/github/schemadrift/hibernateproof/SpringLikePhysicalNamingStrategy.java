package io.github.schemadrift.hibernateproof;

import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Test-only equivalent of Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy}, written from
 * its documented behaviour: dots become underscores, an underscore goes before an upper-case letter
 * that follows a lower-case letter or digit and precedes a lower-case letter or digit, and the
 * result is lower case (quoted names included, as Spring does for case-insensitive databases).
 */
public final class SpringLikePhysicalNamingStrategy implements PhysicalNamingStrategy {

  @Override
  public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment env) {
    return apply(name);
  }

  @Override
  public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment env) {
    return apply(name);
  }

  @Override
  public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment env) {
    return apply(name);
  }

  @Override
  public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment env) {
    return apply(name);
  }

  @Override
  public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment env) {
    return apply(name);
  }

  private static Identifier apply(Identifier name) {
    if (name == null) {
      return null;
    }
    StringBuilder builder = new StringBuilder(name.getText().replace('.', '_'));
    for (int i = 1; i < builder.length() - 1; i++) {
      char before = builder.charAt(i - 1);
      char current = builder.charAt(i);
      char after = builder.charAt(i + 1);
      if ((Character.isLowerCase(before) || Character.isDigit(before))
          && Character.isUpperCase(current)
          && (Character.isLowerCase(after) || Character.isDigit(after))) {
        builder.insert(i++, '_');
      }
    }
    return new Identifier(builder.toString().toLowerCase(Locale.ROOT), name.isQuoted());
  }
}
