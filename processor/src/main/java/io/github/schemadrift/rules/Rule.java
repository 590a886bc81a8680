package io.github.schemadrift.rules;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.migration.SchemaModel;
import java.util.List;
import java.util.function.Consumer;

/** One check of an entity against the replayed schema. Rules are stateless. */
public interface Rule {

  RuleDescriptor descriptor();

  void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings);

  /**
   * A check that needs every entity at once (a table shared by a hierarchy, a discriminator whose
   * values live in the subclasses). Runs after every entity was checked on its own.
   */
  default void checkAll(List<EntityModel> entities, SchemaModel schema, Consumer<Finding> findings) {}
}
