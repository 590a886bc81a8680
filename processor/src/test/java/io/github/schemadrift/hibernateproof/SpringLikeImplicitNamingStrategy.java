package io.github.schemadrift.hibernateproof;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Test-only equivalent of Spring Boot's {@code SpringImplicitNamingStrategy}: JPA-compliant
 * implicit names, except join tables, which are named owning table + '_' + owning attribute.
 */
public final class SpringLikeImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

  @Override
  public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
    String name =
        source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
    return toIdentifier(name, source.getBuildingContext());
  }
}
