package io.github.schemadrift.pipeline;

import io.github.schemadrift.config.HibernateVersion;
import io.github.schemadrift.entity.EntityModel;
import io.github.schemadrift.entity.EntityReader;
import io.github.schemadrift.entity.IdStyle;
import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.entity.TypePreferences;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Settings and the entity names of every round to {@link MappedEntities}: looks each entity up
 * again in the last round and reads it into an {@link EntityModel}. An entity with compile errors
 * is left out (javac reports them; a finding would mislead); one whose reading fails is kept with
 * its exception, for an {@code internal-error} finding. Needs javac's elements.
 */
public final class EntityStage {

  private final Elements elements;

  /** The entities' elements by qualified name, as the last {@link #read} looked them up. */
  private final Map<String, TypeElement> entityTypes = new HashMap<>();

  public EntityStage(Elements elements) {
    this.elements = elements;
  }

  /** How ids without a named generator resolve: by the Hibernate generation, and under 5's legacy generators by the dialect. */
  static IdStyle idStyle(Settings settings) {
    HibernateVersion version = settings.hibernateVersion();
    if (!version.five()) {
      return IdStyle.STANDARD;
    }
    if (!version.legacyIds()) {
      return IdStyle.HIBERNATE5;
    }
    // 5.x's native: identity where the dialect has identity columns, except PostgreSQL and Oracle (5.6's export)
    return switch (settings.dialect()) {
      case POSTGRESQL, ORACLE -> IdStyle.HIBERNATE5_LEGACY_SEQUENCE;
      default -> IdStyle.HIBERNATE5_LEGACY_IDENTITY;
    };
  }

  /** The entity types the last {@link #read} found, by qualified name, for the stages after it in the same round. */
  public Map<String, TypeElement> entityTypes() {
    return Map.copyOf(entityTypes);
  }

  public MappedEntities read(Settings settings, Collection<String> entityNames, Collection<String> converterNames) {
    List<TypeElement> roundEntities = new ArrayList<>();
    entityTypes.clear(); // javac's lookup by name is costly: once per name
    for (String name : entityNames) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        roundEntities.add(type);
        entityTypes.put(name, type);
      }
    }
    List<TypeElement> converters = new ArrayList<>();
    for (String name : converterNames) {
      Optional.ofNullable(elements.getTypeElement(name)).ifPresent(converters::add);
    }
    EntityReader reader = new EntityReader(settings.config().naming().value(), settings.quoteAll(), roundEntities,
        settings.customNaming(), settings.quoteKeywords(), settings.envers(), converters, settings.implicitNaming(),
        TypePreferences.of(settings.hibernateVersion().typeSettings(EntitySettings.typeSetting(settings.hibernate()),
            settings.dialect() == io.github.schemadrift.migration.Dialect.POSTGRESQL)) // checked by EntitySettings
            .withIds(idStyle(settings)).onPostgres(settings.dialect() == io.github.schemadrift.migration.Dialect.POSTGRESQL));
    List<MappedEntities.Mapped> mapped = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Map<TypeElement, Boolean> walked = new IdentityHashMap<>(); // shared superclasses are walked once
    for (String name : entityNames) {
      TypeElement type = entityTypes.get(name);
      if (type == null) {
        continue; // removed or renamed in a later round: nothing left to check
      }
      if (CompileErrors.inEntity(type, walked)) {
        skipped.add(name);
        continue; // javac reports the missing types itself; a finding here would mislead
      }
      try {
        mapped.add(new MappedEntities.Mapped(name, SourcePosition.of(type), reader.read(type), null));
      } catch (RuntimeException e) {
        mapped.add(new MappedEntities.Mapped(name, SourcePosition.of(type), null, e));
      }
    }
    return new MappedEntities(mapped, skipped, roundEntities.size());
  }
}
