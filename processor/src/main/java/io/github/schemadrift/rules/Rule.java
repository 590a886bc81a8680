package io.github.schemadrift.rules;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.migration.SchemaModel;
import java.util.function.Consumer;

/** One check of an entity against the replayed schema. Rules are stateless. */
public interface Rule {

  RuleDescriptor descriptor();

  void check(EntityModel entity, SchemaModel schema, Consumer<Finding> findings);
}
