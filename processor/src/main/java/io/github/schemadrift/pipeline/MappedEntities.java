package io.github.schemadrift.pipeline;

import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * The entities of the compilation as value objects, in the order they were seen, with those that
 * could not be read and those left out until they compile.
 *
 * @param mapped one entry per entity that was read, or failed to be read, in order
 * @param skipped entities with compile errors, not checked until they compile
 * @param found how many entities javac still knows in the last round
 */
public record MappedEntities(List<Mapped> mapped, List<String> skipped, int found) {

  /**
   * One entity: its model, or the exception its reading threw.
   *
   * @param name the entity's qualified name
   * @param position the entity's class, for an {@code internal-error} finding
   * @param model the entity, or null when reading it failed
   * @param failure what reading threw, or null
   */
  public record Mapped(String name, SourcePosition position, EntityModel model, RuntimeException failure) {}

  public MappedEntities {
    mapped = List.copyOf(mapped);
    skipped = List.copyOf(skipped);
  }

  /** The entities that were read, in order. */
  public List<EntityModel> entities() {
    List<EntityModel> entities = new ArrayList<>(mapped.size());
    for (Mapped m : mapped) {
      if (m.model() != null) {
        entities.add(m.model());
      }
    }
    return entities;
  }

  /** Whether every entity was read: checks across entities need all, else one left out would look like unmapped columns. */
  public boolean allRead() {
    return skipped.isEmpty() && entities().size() == found;
  }
}
