package io.github.schemadrift.hibernateproof;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * A physical naming strategy of the kind older code bases carry: it removes every underscore from
 * column names ({@code created_at} becomes {@code createdat}, the implicit join column
 * {@code owner_id} becomes {@code ownerid}). schemadrift describes it as
 * {@code -Aschemadrift.naming.custom=columnDelete=_}.
 */
public class UnderscoreDroppingNamingStrategy extends PhysicalNamingStrategyStandardImpl {

  @Override
  public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment context) {
    return name == null ? null : Identifier.toIdentifier(name.getText().replace("_", ""), name.isQuoted());
  }
}
