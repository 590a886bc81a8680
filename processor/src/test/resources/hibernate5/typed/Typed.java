package io.github.schemadrift.hibernateproof.typed5;

import java.util.UUID;
import javax.persistence.Entity;
import javax.persistence.Id;
import org.hibernate.annotations.Type;

/**
 * Hibernate 5's {@code @Type(type = "...")} on basic attributes: a javax entity that compiles only
 * against Hibernate 5 (6 replaced the {@code type} string by a class), so it lives in the test
 * resources and Hibernate5TypeAnnotationProofTest compiles it against 5.6.
 */
@Entity
public class Typed {

  @Id Long id;

  @Type(type = "uuid-char")
  UUID textRef;

  @Type(type = "org.hibernate.type.UUIDCharType")
  UUID textRefByClass;

  @Type(type = "uuid-binary")
  UUID binaryRef;

  @Type(type = "text")
  String body;

  @Type(type = "yes_no")
  Boolean active;

  @Type(type = "true_false")
  boolean flagged;

  @Type(type = "numeric_boolean")
  Boolean counted;

  @Type(type = "org.hibernate.type.StringType")
  Integer oddlyTyped;
}
