package io.github.schemadrift.entity;

/**
 * Hibernate 5's named basic types, as {@code @org.hibernate.annotations.Type(type = "...")} writes
 * them (a string: 6 replaced it by a class), turned into the JDBC type code whose column 5.6's own
 * export writes (hibernateproof/Hibernate5TypeAnnotationProofTest): {@code uuid-char} and
 * {@code string} a {@code varchar(255)}, {@code uuid-binary} a {@code binary(255)} ({@code bytea} on
 * PostgreSQL), {@code pg-uuid} a {@code uuid}, {@code text} a {@code text}, {@code yes_no} and
 * {@code true_false} a {@code char(1)}, {@code numeric_boolean} an {@code integer}. Any other
 * name is a user type whose column nothing here knows: {@link #OTHER}, which the {@code type}
 * rule does not judge.
 */
final class Hibernate5Types {

  /** {@code java.sql.Types.OTHER}: a column type no rule judges. */
  static final int OTHER = 1111;

  private Hibernate5Types() {}

  /** The JDBC type code of a Hibernate 5 type name, on PostgreSQL or elsewhere. */
  static int code(String typeName, boolean postgres) {
    return switch (typeName.trim()) {
      case "uuid-char", "org.hibernate.type.UUIDCharType", "string", "org.hibernate.type.StringType" -> 12;
      case "uuid-binary", "org.hibernate.type.UUIDBinaryType" -> postgres ? -3 : -2;
      case "pg-uuid", "org.hibernate.type.PostgresUUIDType" -> 3000;
      case "text", "org.hibernate.type.TextType" -> -1;
      case "yes_no", "org.hibernate.type.YesNoType", "true_false", "org.hibernate.type.TrueFalseType" -> 1;
      case "numeric_boolean", "org.hibernate.type.NumericBooleanType" -> 4;
      default -> OTHER;
    };
  }
}
