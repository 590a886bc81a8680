package io.github.schemadrift.entity;

import java.util.EnumSet;
import java.util.Set;

/** A reason the Java side gives for a column never holding null. */
public enum NotNullEvidence {
  /** {@code @Column(nullable = false)}, {@code @JoinColumn(nullable = false)}. */
  DECLARED,
  /** A primitive attribute type. */
  PRIMITIVE,
  /** Part of the identifier, or of a collection table's key. */
  ID,
  /** {@code @Basic(optional = false)}, {@code @ManyToOne(optional = false)}, {@code @OneToOne(optional = false)}. */
  OPTIONAL_FALSE,
  /** {@code @Version}. */
  VERSION,
  /** Bean Validation {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}. */
  BEAN_VALIDATION,
  /** A discriminator or order column, or another column Hibernate always fills. */
  IMPLICIT,
  /**
   * A read-only mirror ({@code insertable = false, updatable = false}) of a column another
   * attribute, or Hibernate itself (the discriminator), writes: the writer's mapping is checked.
   */
  WRITTEN_ELSEWHERE;

  static Set<NotNullEvidence> basic(Boolean declaredNullable, boolean primitive, boolean id) {
    Set<NotNullEvidence> set = EnumSet.noneOf(NotNullEvidence.class);
    if (Boolean.FALSE.equals(declaredNullable)) {
      set.add(DECLARED);
    }
    if (primitive) {
      set.add(PRIMITIVE);
    }
    if (id) {
      set.add(ID);
    }
    return set;
  }
}
